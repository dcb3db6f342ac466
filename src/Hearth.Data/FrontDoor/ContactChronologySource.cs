using Hearth.Data.Chronology;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.FrontDoor;

/// <summary>
/// A child's front door events: contacts received, checks returned, decisions, and contacts closed while
/// information was gathered and reopened (from the audit, which keeps every closure of a chain).
/// </summary>
internal sealed class ContactChronologySource : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var contacts = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.Children.Any(ch => ch.ChildId == childId))
            .ToListAsync(cancellationToken);
        if (contacts.Count == 0)
        {
            return [];
        }

        var ids = contacts.Select(c => c.Id).ToList();
        var closures = await db.ChangeRecords.AsNoTracking()
            .Where(r => r.ChildId == childId && ids.Contains(r.EntityId)
                && (r.Summary == Contact.ClosedSummary || r.Summary == Contact.ReopenedSummary))
            .ToListAsync(cancellationToken);

        var entries = new List<ChronologyEntry>();
        foreach (var contact in contacts)
        {
            var path = $"/front-door/contacts/{contact.Id}";
            entries.Add(Entry(childId, contact, contact.ReceivedAt, path,
                contact.IsLinked ? $"Contact received from {contact.Source.Description}, linked to an earlier contact" : $"Contact received from {contact.Source.Description}",
                contact.PresentingConcerns));
            entries.AddRange(contact.Checks.Where(c => c.ReturnedAt is not null)
                .Select(c => Entry(childId, contact, c.ReturnedAt!.Value, path, $"Check returned by {c.AgencyName}", c.Response)));
            if (contact is { DecidedAt: { } decidedAt, Outcome: { } outcome, Threshold: { } threshold })
            {
                entries.Add(Entry(childId, contact, decidedAt, path, $"Contact decision: {outcome.DisplayName}", $"{threshold.DisplayName}. {contact.Rationale}")
                    with
                { IsSignificant = outcome is ContactOutcome.ReferralToChildrensSocialCare or ContactOutcome.ImmediateStrategyDiscussion });
            }
        }

        entries.AddRange(closures.Select(r => Entry(
            childId,
            contacts.Single(c => c.Id == r.EntityId),
            r.OccurredAt,
            $"/front-door/contacts/{r.EntityId}",
            r.Summary,
            r.Fields.FirstOrDefault(f => f.Field == "Information being gathered") is { } field ? field.After ?? field.Before : null)));
        return entries;
    }

    private static ChronologyEntry Entry(Guid childId, Contact contact, DateTimeOffset at, string path, string what, string? detail) => new()
    {
        ChildId = childId,
        Date = WorkingCalendar.LocalDate(at),
        At = at,
        Category = ChronologyCategory.FrontDoor,
        What = what,
        Detail = detail,
        Path = path,
        SourceId = contact.Id,
    };
}
