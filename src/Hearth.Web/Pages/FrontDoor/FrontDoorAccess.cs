using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>Who may work at the front door, and the children a contact concerns as the signed-in person may see them.</summary>
public static class FrontDoorAccess
{
    internal const string ActRefusal =
        "Only social workers and team managers in a front door or MASH team, and team managers, can record contacts and decisions.";

    internal const string ViewRefusal =
        "Only front door and MASH social workers, team managers and senior leaders can see the front door.";

    /// <summary>Social workers and team managers in a front door or MASH team, and team managers anywhere.</summary>
    public static AccessDecision CanAct(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == Role.TeamManager || (user.Role == Role.SocialWorker && user.TeamKind == TeamKind.FrontDoor)
            ? AccessDecision.Allowed
            : AccessDecision.Refused(ActRefusal);
    }

    /// <summary>Those who act at the front door, and senior leaders, who oversee it.</summary>
    public static AccessDecision CanView(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CanAct(user).IsAllowed || user.Role == Role.SeniorLeader ? AccessDecision.Allowed : AccessDecision.Refused(ViewRefusal);
    }

    /// <summary>The children of these contacts, with whether the person may see each one's record.</summary>
    public static async Task<IReadOnlyDictionary<Guid, ContactChildView>> ChildrenAsync(
        HearthDbContext db, ChildAccess access, AccessUser user, IEnumerable<Contact> contacts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var ids = contacts.SelectMany(c => c.Children).Select(c => c.ChildId).Distinct().ToList();
        var accessChildren = await access.LoadManyAsync(ids, cancellationToken);
        var names = await db.Set<Child>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.LaChildId, c.Name.GivenNames, c.Name.FamilyName })
            .ToListAsync(cancellationToken);
        return names.ToDictionary(
            c => c.Id,
            c => new ContactChildView(c.Id, c.LaChildId.Value, $"{c.GivenNames} {c.FamilyName}",
                accessChildren.TryGetValue(c.Id, out var child) && AccessPolicy.CanView(user, child).IsAllowed));
    }

    /// <summary>The GOV.UK tag class for where a decision clock stands.</summary>
    public static string TagClass(TimescaleStatus status) => status switch
    {
        TimescaleStatus.Overdue or TimescaleStatus.MetLate => "govuk-tag--red",
        TimescaleStatus.DueToday => "govuk-tag--orange",
        TimescaleStatus.DueSoon => "govuk-tag--yellow",
        TimescaleStatus.MetInTime => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    /// <summary>The words for where a clock stands; <paramref name="met"/> says what stopped it ("Decided", "Acknowledged").</summary>
    public static string StatusText(TimescaleStatus status, string met = "Decided") => status switch
    {
        TimescaleStatus.Overdue => "Overdue",
        TimescaleStatus.DueToday => "Due today",
        TimescaleStatus.DueSoon => "Due soon",
        TimescaleStatus.NotYetDue => "Not yet due",
        TimescaleStatus.MetInTime => $"{met} in time",
        TimescaleStatus.MetLate => $"{met} late",
        _ => status.ToString(),
    };

    /// <summary>A time waited as people say it: "2 days 3 hours", "45 minutes".</summary>
    public static string Duration(TimeSpan time)
    {
        var parts = new List<string>();
        if (time.Days > 0)
        {
            parts.Add(time.Days == 1 ? "1 day" : $"{time.Days} days");
        }

        if (time.Hours > 0)
        {
            parts.Add(time.Hours == 1 ? "1 hour" : $"{time.Hours} hours");
        }

        if (time.Days == 0 && (time.Minutes > 0 || parts.Count == 0))
        {
            parts.Add(time.Minutes == 1 ? "1 minute" : $"{time.Minutes} minutes");
        }

        return string.Join(" ", parts);
    }

    /// <summary>An instant as a London date and time: "2 November 2026 at 10:00".</summary>
    public static string When(DateTimeOffset instant) => Hearth.Domain.DisplayDate.At(instant);
}

/// <summary>A child a contact concerns, as the signed-in person may see them.</summary>
public sealed record ContactChildView(Guid Id, string LaChildId, string Name, bool CanView);
