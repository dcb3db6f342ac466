using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Work;

/// <summary>A child allocated to a worker today.</summary>
public sealed record WorkerChild(Guid WorkerId, Guid ChildId);

/// <summary>A piece of open work and the worker whose list it is on.</summary>
public sealed record AssignedWork(Guid WorkerId, WorkItem Item);

/// <summary>
/// Whose list work is on: the worker it was assigned to, otherwise every worker the child is allocated to today.
/// The worker's and the team's lists read through this, so they cannot disagree.
/// </summary>
public static class WorkerWork
{
    /// <summary>The children allocated today to any of the workers.</summary>
    public static async Task<IReadOnlyList<WorkerChild>> AllocatedChildrenAsync(
        HearthDbContext db, IReadOnlyCollection<Guid> workerIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workerIds);
        var pairs = await db.Set<Allocation>().AsNoTracking()
            .Where(a => workerIds.Contains(a.WorkerId) && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .Select(a => new { a.WorkerId, a.ChildId })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. pairs.Select(p => new WorkerChild(p.WorkerId, p.ChildId))];
    }

    /// <summary>
    /// The open work on the given children, each item placed on the list of the worker it is for among
    /// <paramref name="workerIds"/>, soonest due first.
    /// </summary>
    public static async Task<IReadOnlyList<AssignedWork>> OpenAsync(
        HearthDbContext db,
        IReadOnlyCollection<WorkerChild> allocated,
        IReadOnlyCollection<Guid> workerIds,
        DateTimeOffset now,
        Timescales timescales,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(allocated);
        ArgumentNullException.ThrowIfNull(workerIds);
        var children = allocated.Select(a => a.ChildId).Distinct().ToList();
        var items = await WorkList.OpenAsync(db, new WorkQuery(children, now, timescales), cancellationToken);
        var workersOf = allocated.ToLookup(a => a.ChildId, a => a.WorkerId);
        var listed = new List<AssignedWork>();
        foreach (var item in items)
        {
            if (item.AssignedWorkerId is { } assigned)
            {
                if (workerIds.Contains(assigned))
                {
                    listed.Add(new AssignedWork(assigned, item));
                }

                continue;
            }

            listed.AddRange(workersOf[item.ChildId].Select(worker => new AssignedWork(worker, item)));
        }

        return listed;
    }
}
