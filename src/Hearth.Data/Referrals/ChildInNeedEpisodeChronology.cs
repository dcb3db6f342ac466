using System.Globalization;
using Hearth.Data.Chronology;
using Hearth.Domain.Calendar;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Referrals;

/// <summary>
/// Referrals in the chronology, and every closure and reopening of their episodes. A reopened episode no longer holds
/// the closure it had, so closures and reopenings are read from the episode's change records, which keep them all.
/// </summary>
internal sealed class ChildInNeedEpisodeChronology : IChronologySource
{
    private const string Closed = "Child in need episode closed";
    private const string NoFurtherAction = "Referral ended with no further action";
    private const string Reopened = "Child in need episode reopened";

    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = $"/children/{childId}/referrals";
        var episodes = await db.Set<ChildInNeedEpisode>().AsNoTracking()
            .Where(e => e.ChildId == childId)
            .ToListAsync(cancellationToken);
        var entries = episodes.Select(e => new ChronologyEntry
        {
            ChildId = childId,
            Date = e.ReferralDate,
            Category = ChronologyCategory.Referral,
            What = e.IsReReferral ? "Referral: re-referral within 12 months" : "Referral",
            Detail = $"Source: {e.Source.Description}. Primary need: {e.PrimaryNeed.Description}.",
            IsSignificant = true,
            Path = path,
            SourceId = e.Id,
        }).ToList();

        var episodeIds = episodes.Select(e => e.Id).ToList();
        var changes = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.ChildId == childId && c.EntityType == nameof(ChildInNeedEpisode) && episodeIds.Contains(c.EntityId)
                && (c.Summary == Closed || c.Summary == NoFurtherAction || c.Summary == Reopened))
            .ToListAsync(cancellationToken);
        foreach (var change in changes)
        {
            var closedOn = change.Fields.FirstOrDefault(f => f.Field == "Closure date")?.After;
            var reason = change.Fields.FirstOrDefault(f => f.Field == "Reason for closure")?.After;
            entries.Add(new ChronologyEntry
            {
                ChildId = childId,
                Date = change.Summary != Reopened && DateOnly.TryParseExact(closedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : WorkingCalendar.LocalDate(change.OccurredAt),
                At = change.Summary == Reopened ? change.OccurredAt : null,
                Category = ChronologyCategory.Referral,
                What = change.Summary switch
                {
                    NoFurtherAction => "Referral ended with no further action",
                    Reopened => "Child in need episode reopened",
                    _ => "Child in need episode closed",
                },
                Detail = change.Summary == Reopened ? change.Reason : reason,
                IsSignificant = true,
                Path = path,
                SourceId = change.EntityId,
            });
        }

        return entries;
    }
}
