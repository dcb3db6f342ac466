using Hearth.Domain.Audit;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.Tests.ChildProtection;

/// <summary>Episodes, conferences and plans the child protection domain tests start from.</summary>
internal static class ChildProtectionPlanBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 2);

    public static readonly DateOnly Icpc = new(2026, 10, 1);

    public static ChangeContext Change(string? reason = null) => new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), reason);

    public static ConferenceAttendee[] Quorate() =>
    [
        ConferenceAttendeeTests.Attendee(ConferenceAgency.LocalAuthority, "Dee Chair", "Conference chair"),
        ConferenceAttendeeTests.Attendee(ConferenceAgency.Police, "PC Jo Bloggs", "Public protection officer"),
        ConferenceAttendeeTests.Attendee(ConferenceAgency.Health, "Ann Lee", "Health visitor"),
    ];

    public static ChildInNeedEpisode Episode(Guid? childId = null, DateOnly? referralDate = null) =>
        ChildInNeedEpisode.Open(childId ?? Guid.CreateVersion7(), referralDate ?? new DateOnly(2026, 9, 1), ReferralSource.Schools, PrimaryNeed.AbuseNeglectAndExploitation, null, [], Today, Change());

    public static ChildProtectionConference Initial(
        ChildInNeedEpisode episode,
        DateOnly? heldOn = null,
        ConferenceOutcome outcome = ConferenceOutcome.Plan,
        CategoryOfAbuse? category = null,
        IEnumerable<ChildProtectionPlan>? plans = null,
        bool unborn = false) =>
        ChildProtectionConference.RecordInitial(
            episode.ChildId, unborn, episode, heldOn ?? Icpc, Quorate(), isQuorate: true, outcome,
            outcome == ConferenceOutcome.Plan ? category ?? CategoryOfAbuse.Neglect : null, null, plans ?? [], Today, Change());

    public static ChildProtectionPlan Plan(DateOnly? startDate = null, ChildInNeedEpisode? episode = null, IEnumerable<ChildProtectionPlan>? earlier = null)
    {
        episode ??= Episode();
        var plans = earlier?.ToList() ?? [];
        var plan = ChildProtectionPlan.Start(Initial(episode, startDate, plans: plans), plans, Change());
        plan.TakePendingChanges();
        return plan;
    }

    /// <summary>A plan for the same child that ran from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static ChildProtectionPlan EndedPlan(ChildInNeedEpisode episode, DateOnly start, DateOnly end)
    {
        var plan = ChildProtectionPlan.Start(Initial(episode, start), [], Change());
        plan.End(end, ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority, null, Today, Change());
        return plan;
    }
}
