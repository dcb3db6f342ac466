using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Recording;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.ChildInNeed;

/// <summary>
/// Child in need plans that have not ended: a plan still to be finalised, the next review and visit against their local
/// timescales, and actions not done by their date.
/// </summary>
internal sealed class ChildInNeedPlanWork : IWorkSource
{
    public const string FinaliseKind = "ChildInNeedPlanFinalise";
    public const string ActionKind = "ChildInNeedPlanAction";

    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var plans = await db.Set<ChildInNeedPlan>().AsNoTracking()
            .Where(p => query.ChildIds.Contains(p.ChildId) && p.EndDate == null)
            .ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return [];
        }

        var planChildren = plans.Select(p => p.ChildId).Distinct().ToList();
        var visits = (await db.Set<Visit>().AsNoTracking()
            .Where(v => planChildren.Contains(v.ChildId) && v.Kind == VisitKind.ChildInNeed && v.ChildSeen)
            .ToListAsync(cancellationToken)).ToLookup(v => v.ChildId);

        var items = new List<WorkItem>();
        foreach (var plan in plans)
        {
            var path = $"/children/{plan.ChildId}/child-in-need-plans/{plan.Id}";
            if (!plan.IsFinalised)
            {
                items.Add(SetDate(plan, plan.Id, path, FinaliseKind, "Finalise the child in need plan", plan.StartDate, "Needs an action with who and by when, and a contingency plan", query.Today));
            }

            items.Add(WorkItem.For(plan.EvaluateReview(query.Timescales, query.Today)!, plan.ChildId, plan.Id, path));
            items.Add(WorkItem.For(plan.EvaluateVisit(query.Timescales, visits[plan.ChildId], query.Today)!, plan.ChildId, plan.Id, path));
            foreach (var action in plan.Actions.Where(a => !a.IsCompleted && a.ByWhen is not null))
            {
                items.Add(SetDate(plan, action.Id, path, ActionKind, "Child in need plan action", action.ByWhen!.Value, $"{action.What} ({action.Who})", query.Today));
            }
        }

        return items;
    }

    private static WorkItem SetDate(ChildInNeedPlan plan, Guid sourceId, string path, string kind, string title, DateOnly due, string detail, DateOnly today) => new()
    {
        ChildId = plan.ChildId,
        Kind = kind,
        Title = title,
        Path = path,
        SourceId = sourceId,
        DueDate = due,
        Status = today > due ? TimescaleStatus.Overdue
            : today == due ? TimescaleStatus.DueToday
            : due.DayNumber - today.DayNumber <= Timescale.DefaultDueSoonWithin ? TimescaleStatus.DueSoon
            : TimescaleStatus.NotYetDue,
        Detail = detail,
    };
}
