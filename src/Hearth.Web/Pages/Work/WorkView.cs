using Hearth.Data;
using Hearth.Data.Work;
using Hearth.Domain;
using Hearth.Domain.Access;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Work;

/// <summary>One line of a work list: what is due, for which child, on whose list.</summary>
public sealed record WorkRow(Guid WorkerId, Guid ChildId, string ChildName, WorkItem Item)
{
    public string Due => WorkView.DescribeDue(Item);
}

/// <summary>
/// Open work as the lists show it: overdue, due today and due soon, with how many children's records the
/// viewer could not see. My work, Team work and the child's own work page all read through here.
/// </summary>
public sealed record WorkView(IReadOnlyList<WorkRow> Rows, int HiddenChildren)
{
    public IReadOnlyList<WorkRow> Overdue => [.. Rows.Where(r => r.Item.Status == TimescaleStatus.Overdue)];

    public IReadOnlyList<WorkRow> DueToday => [.. Rows.Where(r => r.Item.Status == TimescaleStatus.DueToday)];

    public IReadOnlyList<WorkRow> DueSoon => [.. Rows.Where(r => r.Item.Status == TimescaleStatus.DueSoon)];

    public IReadOnlyList<WorkRow> Later => [.. Rows.Where(r => r.Item.Status == TimescaleStatus.NotYetDue)];

    /// <summary>The open work on the children allocated to the workers, limited to the children the viewer may see.</summary>
    public static async Task<WorkView> ForWorkersAsync(
        HearthDbContext db, ChildAccess access, AccessUser viewer, IReadOnlyCollection<Guid> workerIds, Timescales timescales, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(access);
        var allocated = await WorkerWork.AllocatedChildrenAsync(db, workerIds, WorkingCalendar.LocalDate(now));
        var childIds = allocated.Select(a => a.ChildId).Distinct().ToList();
        var rules = await access.LoadManyAsync(childIds);
        var visible = childIds.Where(id => rules.TryGetValue(id, out var rule) && AccessPolicy.CanView(viewer, rule).IsAllowed).ToHashSet();
        var work = await WorkerWork.OpenAsync(db, [.. allocated.Where(a => visible.Contains(a.ChildId))], workerIds, now, timescales);
        var names = await NamesAsync(db, visible);
        return new WorkView([.. work.Select(w => new WorkRow(w.WorkerId, w.Item.ChildId, names[w.Item.ChildId], w.Item))], childIds.Count - visible.Count);
    }

    /// <summary>All the open work on one child, whoever it is for. The caller has already checked the viewer may see the child.</summary>
    public static async Task<WorkView> ForChildAsync(HearthDbContext db, Guid childId, string childName, Timescales timescales, DateTimeOffset now)
    {
        var items = await WorkList.OpenAsync(db, new WorkQuery([childId], now, timescales));
        return new WorkView([.. items.Select(i => new WorkRow(i.AssignedWorkerId ?? Guid.Empty, childId, childName, i))], 0);
    }

    /// <summary>When it is due, in words: "Overdue since 2 November 2026", "Due today by 17:00", "Due 4 November 2026".</summary>
    public static string DescribeDue(WorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var when = item.DueAt is { } at ? DisplayDate.At(at) : DisplayDate.Of(item.DueDate);
        return item.Status switch
        {
            TimescaleStatus.Overdue => $"Overdue: was due {when}",
            TimescaleStatus.DueToday => item.DueAt is { } dueAt ? $"Due today by {TimeZoneInfo.ConvertTime(dueAt, WorkingCalendar.London):HH:mm}" : "Due today",
            _ => $"Due {when}",
        };
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(HearthDbContext db, IReadOnlyCollection<Guid> childIds)
    {
        var children = await db.Set<Child>().AsNoTracking()
            .Where(c => childIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name })
            .ToListAsync();
        return children.ToDictionary(c => c.Id, c => c.Name.FullName);
    }
}
