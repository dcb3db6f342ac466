using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.TestSupport;

/// <summary>Child in need episodes, initial conferences and child protection plans for tests, made through the domain.</summary>
public static class ChildProtectionPlanTestData
{
    /// <summary>A chair from the local authority, a police officer and a health visitor: a quorate conference.</summary>
    public static IReadOnlyList<ConferenceAttendee> QuorateAttendees() =>
    [
        Attendee("Dee Chair", "Conference chair", ConferenceAgency.LocalAuthority),
        Attendee("PC Jo Bloggs", "Public protection officer", ConferenceAgency.Police),
        Attendee("Ann Lee", "Health visitor", ConferenceAgency.Health),
    ];

    public static ConferenceAttendee Attendee(string name, string role, ConferenceAgency agency) =>
        ConferenceAttendee.TryCreate(name, role, agency, out var attendee, out var error) ? attendee : throw new ArgumentException(error);

    /// <summary>
    /// A plan started by a quorate initial conference on <paramref name="startDate"/> (a month ago by default), in the
    /// child's open episode; <paramref name="configure"/> may add actions, meetings or end it before it is saved.
    /// </summary>
    public static async Task<ChildProtectionPlan> CreateChildProtectionPlanAsync(
        this TestData data,
        Func<HearthDbContext> createContext,
        Guid childId,
        DateOnly? startDate = null,
        CategoryOfAbuse? category = null,
        Action<ChildProtectionPlan>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        var start = startDate ?? data.Today.AddMonths(-1);
        var episode = await data.OpenEpisodeAsync(createContext, childId, start.AddDays(-14));
        await using var db = createContext();
        var plans = await db.Set<ChildProtectionPlan>().Where(p => p.ChildId == childId).ToListAsync();
        var conference = ChildProtectionConference.RecordInitial(
            childId, false, episode, start, QuorateAttendees(), true, ConferenceOutcome.Plan, category ?? CategoryOfAbuse.Neglect, null, plans, data.Today, data.Change());
        var plan = ChildProtectionPlan.Start(conference, plans, data.Change());
        configure?.Invoke(plan);
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }
}
