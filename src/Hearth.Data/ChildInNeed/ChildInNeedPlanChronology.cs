using Hearth.Data.Chronology;
using Hearth.Domain.ChildInNeed;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.ChildInNeed;

/// <summary>A child in need plan's start, its reviews and its end.</summary>
internal sealed class ChildInNeedPlanChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plans = await db.Set<ChildInNeedPlan>().AsNoTracking().Where(p => p.ChildId == childId).ToListAsync(cancellationToken);
        var entries = new List<ChronologyEntry>();
        foreach (var plan in plans)
        {
            var path = $"/children/{plan.ChildId}/child-in-need-plans/{plan.Id}";
            entries.Add(Entry(plan, plan.Id, plan.StartDate, "Child in need plan started", null, path));
            foreach (var review in plan.Reviews)
            {
                entries.Add(Entry(
                    plan,
                    review.Id,
                    review.ReviewedOn,
                    review.Outcome == PlanReviewOutcome.End ? "Child in need plan reviewed: plan to end" : "Child in need plan reviewed: plan continues",
                    review.Notes,
                    path));
            }

            if (plan.EndDate is { } endDate)
            {
                entries.Add(Entry(plan, plan.Id, endDate, "Child in need plan ended", plan.EndReason, path));
            }
        }

        return entries;
    }

    private static ChronologyEntry Entry(ChildInNeedPlan plan, Guid sourceId, DateOnly date, string what, string? detail, string path) => new()
    {
        ChildId = plan.ChildId,
        Date = date,
        Category = ChronologyCategory.ChildInNeedPlan,
        What = what,
        Detail = detail,
        IsSignificant = true,
        Path = path,
        SourceId = sourceId,
    };
}
