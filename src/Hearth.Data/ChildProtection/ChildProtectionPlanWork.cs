using Hearth.Data.Work;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.ChildProtection;

/// <summary>
/// The open work of children's child protection plans: the next core group, review conference and visit, actions not
/// done by their date, and plans not yet finalised (due by the first core group, which develops the outline plan into
/// the detailed one: Working Together to Safeguard Children 2023).
/// </summary>
internal sealed class ChildProtectionPlanWork : IWorkSource
{
    public const string ActionKind = "ChildProtectionPlanAction";
    public const string FinaliseKind = "ChildProtectionPlanFinalise";

    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var childIds = query.ChildIds.ToList();
        var plans = await db.Set<ChildProtectionPlan>().AsNoTracking().AsSplitQuery()
            .Include(p => p.Conferences)
            .Include(p => p.CoreGroups)
            .Where(p => childIds.Contains(p.ChildId) && p.EndDate == null)
            .ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return [];
        }

        var visits = await db.Set<Visit>().AsNoTracking()
            .Where(v => childIds.Contains(v.ChildId) && v.Kind == VisitKind.ChildProtection && v.ChildSeen)
            .ToListAsync(cancellationToken);
        var today = query.Today;
        var items = new List<WorkItem>();
        foreach (var plan in plans)
        {
            var path = $"/children/{plan.ChildId}/child-protection-plans/{plan.Id}";
            var nextCoreGroup = plan.NextCoreGroup(query.Timescales, today)!;
            items.Add(WorkItem.For(nextCoreGroup, plan.ChildId, plan.Id, path));
            items.Add(WorkItem.For(plan.NextReviewConference(query.Timescales, today)!, plan.ChildId, plan.Id, path));
            items.Add(WorkItem.For(plan.NextVisit(query.Timescales, visits, today)!, plan.ChildId, plan.Id, path));
            if (!plan.IsFinalised)
            {
                var byFirstCoreGroup = query.Timescales.FirstCoreGroup.Evaluate(plan.StartDate, null, today);
                items.Add(WorkItem.For(byFirstCoreGroup, plan.ChildId, plan.Id, path, "Add actions with who and by when, and a contingency plan") with
                {
                    Kind = FinaliseKind,
                    Title = "Finalise the child protection plan",
                });
            }

            foreach (var action in plan.Actions)
            {
                if (action.StatusOn(today) is { } status)
                {
                    items.Add(new WorkItem
                    {
                        ChildId = plan.ChildId,
                        Kind = ActionKind,
                        Title = "Child protection plan action",
                        Path = path,
                        SourceId = action.Id,
                        DueDate = action.ByWhen!.Value,
                        Status = status,
                        Detail = action.Who is null ? action.What : $"{action.What} ({action.Who})",
                    });
                }
            }
        }

        return items;
    }
}
