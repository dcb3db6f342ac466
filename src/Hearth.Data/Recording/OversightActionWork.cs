using Hearth.Data.Work;
using Hearth.Domain.Recording;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Recording;

/// <summary>Actions set in management oversight and not yet done, on the list of the worker each is for.</summary>
internal sealed class OversightActionWork : IWorkSource
{
    public const string Kind = "OversightAction";

    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var childIds = query.ChildIds.ToList();
        var open = await db.Set<OversightAction>().AsNoTracking()
            .Where(a => childIds.Contains(a.ChildId) && a.CompletedOn == null)
            .Select(a => new { a.Id, a.ChildId, a.OversightId, a.What, a.WorkerId, a.DueDate })
            .ToListAsync(cancellationToken);
        var today = query.Today;
        return [.. open.Select(a => WorkItem.ForSetDate(
            a.ChildId, Kind, "Management oversight action", a.Id, $"/children/{a.ChildId}/oversight/{a.OversightId}", a.DueDate, today, a.What, a.WorkerId))];
    }
}
