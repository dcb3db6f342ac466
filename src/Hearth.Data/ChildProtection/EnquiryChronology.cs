using Hearth.Data.Chronology;
using Hearth.Domain;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.ChildProtection;

/// <summary>
/// A child's chronology from strategy discussions and section 47 enquiries: reasonable cause decisions recorded on the
/// record, each strategy discussion with its outcome, and each enquiry's start, child seen and outcome. The front door's
/// own decisions are the front door's entries.
/// </summary>
internal sealed class EnquiryChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = new List<ChronologyEntry>();
        var index = $"/children/{childId}/child-protection";

        var decisions = await db.Set<ReasonableCauseDecision>().AsNoTracking().Where(d => d.ChildId == childId).ToListAsync(cancellationToken);
        entries.AddRange(decisions.Select(d => Entry(
            childId, WorkingCalendar.LocalDate(d.DecidedAt), d.DecidedAt, "Decision: reasonable cause to suspect significant harm",
            $"{d.DecidedBy}: {d.Rationale}", $"{index}#decision-{d.Id}", d.Id)));

        var discussions = await db.Set<StrategyDiscussion>().AsNoTracking().Where(d => d.ChildId == childId).ToListAsync(cancellationToken);
        entries.AddRange(discussions.Select(d => Entry(
            childId,
            d.HeldOn,
            d.HeldAt,
            $"{(d.IsFurtherDiscussion ? "Further strategy discussion" : "Strategy discussion")}: {d.Outcome.DisplayName.ToLowerInvariant()}",
            Describe(d),
            $"/children/{childId}/strategy-discussions/{d.Id}",
            d.Id)));

        var enquiries = await db.Set<Section47Enquiry>().AsNoTracking().Where(e => e.ChildId == childId).ToListAsync(cancellationToken);
        foreach (var enquiry in enquiries)
        {
            var path = $"/children/{childId}/section-47-enquiries/{enquiry.Id}";
            entries.Add(Entry(
                childId, enquiry.StartDate, null, "Section 47 enquiry started",
                $"Initial child protection conference due by {DisplayDate.Of(enquiry.InitialConferenceTarget)}", path, enquiry.Id));
            if (enquiry.ChildSeen == true)
            {
                entries.Add(Entry(
                    childId, enquiry.ChildSeenOn!.Value, null,
                    enquiry.ChildSeenAlone ? "Section 47 enquiry: child seen alone" : "Section 47 enquiry: child seen, not alone",
                    enquiry.NotSeenReason, path, enquiry.Id));
            }

            if (enquiry.Outcome is { } outcome)
            {
                entries.Add(Entry(
                    childId, enquiry.CompletedOn!.Value, null, $"Section 47 enquiry outcome: {outcome.DisplayName.ToLowerInvariant()}",
                    $"{(enquiry.ConcernsSubstantiated == true ? "Concerns substantiated" : "Concerns not substantiated")}. {enquiry.OutcomeReasons}"
                        + (enquiry.ChildSeen == false ? $" The child was not seen: {enquiry.NotSeenReason}" : string.Empty),
                    path, enquiry.Id));
            }
        }

        return entries;
    }

    private static string Describe(StrategyDiscussion discussion)
    {
        var agencies = string.Join(", ", discussion.Agencies.Select(a => a.DisplayName));
        var dissent = discussion.Dissents.Count == 0
            ? "All agencies agreed."
            : string.Join(" ", discussion.Dissents.Select(d => $"{d.Agency.DisplayName} disagreed: {d.DissentReason}"));
        return $"{discussion.Format.DisplayName} with {agencies}. {dissent}";
    }

    private static ChronologyEntry Entry(Guid childId, DateOnly date, DateTimeOffset? at, string what, string? detail, string path, Guid sourceId) => new()
    {
        ChildId = childId,
        Date = date,
        At = at,
        Category = ChronologyCategory.StrategyAndEnquiry,
        What = what,
        Detail = detail,
        IsSignificant = true,
        Path = path,
        SourceId = sourceId,
    };
}
