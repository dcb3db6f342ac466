using Hearth.Domain.Recording;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Chronology;

/// <summary>Visits in the chronology: a visit at which the child was not seen is significant.</summary>
internal sealed class VisitChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var visits = await db.Set<Visit>().AsNoTracking()
            .Where(v => v.ChildId == childId)
            .Select(v => new { v.Id, v.Kind, v.VisitedOn, v.ChildSeen, v.ChildSeenAlone, v.NotSeenReason })
            .ToListAsync(cancellationToken);
        return [.. visits.Select(v => new ChronologyEntry
        {
            ChildId = childId,
            Date = v.VisitedOn,
            Category = ChronologyCategory.Visit,
            What = $"{v.Kind.DisplayName}: {(v.ChildSeenAlone ? "child seen alone" : v.ChildSeen ? "child seen, not alone" : "child not seen")}",
            Detail = v.NotSeenReason,
            IsSignificant = !v.ChildSeen,
            Path = $"/children/{childId}/visits/{v.Id}",
            SourceId = v.Id,
        })];
    }
}

/// <summary>Management oversight in the chronology, always significant: it is where the direction of the case is set.</summary>
internal sealed class ManagementOversightChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var oversights = await db.Set<ManagementOversight>().AsNoTracking()
            .Where(o => o.ChildId == childId)
            .Select(o => new { o.Id, o.OversightDate, o.ManagerName, o.Direction, Actions = o.Actions.Count })
            .ToListAsync(cancellationToken);
        return [.. oversights.Select(o => new ChronologyEntry
        {
            ChildId = childId,
            Date = o.OversightDate,
            Category = ChronologyCategory.ManagementOversight,
            What = $"Management oversight by {o.ManagerName}{(o.Actions switch { 0 => string.Empty, 1 => ": 1 action", var n => $": {n} actions" })}",
            Detail = o.Direction,
            IsSignificant = true,
            Path = $"/children/{childId}/oversight/{o.Id}",
            SourceId = o.Id,
        })];
    }
}

/// <summary>The significant events workers add to the chronology.</summary>
internal sealed class SignificantEventChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var events = await db.Set<SignificantEvent>().AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new { e.Id, e.OccurredOn, e.What, e.Source })
            .ToListAsync(cancellationToken);
        return [.. events.Select(e => new ChronologyEntry
        {
            ChildId = childId,
            Date = e.OccurredOn,
            Category = ChronologyCategory.SignificantEvent,
            What = e.What,
            Detail = $"Source: {e.Source}",
            IsSignificant = true,
            Path = $"/children/{childId}/chronology/significant-events/{e.Id}",
            SourceId = e.Id,
        })];
    }
}
