using Hearth.Data.Work;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Children;

/// <summary>Worker safety warnings due for review by the date set when they were raised or last reviewed.</summary>
internal sealed class WarningReviewWork : IWorkSource
{
    public const string Kind = "WarningReview";

    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        var today = query.Today;
        var warnings = await db.Set<Child>().AsNoTracking()
            .Where(c => query.ChildIds.Contains(c.Id))
            .SelectMany(c => c.Warnings.Where(w => w.EndedOn == null), (c, w) => new { ChildId = c.Id, w.Id, w.Type, w.ReviewDate })
            .ToListAsync(cancellationToken);
        return [.. warnings.Select(w => WorkItem.ForSetDate(
            w.ChildId, Kind, "Review of a worker safety warning", w.Id, $"/children/{w.ChildId}/warnings", w.ReviewDate, today, w.Type.Description))];
    }
}
