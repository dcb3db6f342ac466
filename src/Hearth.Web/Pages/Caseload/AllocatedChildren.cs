using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Caseload;

/// <summary>A child on a worker's caseload, as the caseload lists show them.</summary>
public sealed record CaseloadChild(
    Guid Id,
    string Name,
    string Age,
    string LaChildId,
    DateOnly AllocatedSince,
    string Team,
    int ActiveWarnings,
    int WarningsOverdueForReview);

/// <summary>The children allocated to one worker today, limited to those the viewer may see.</summary>
/// <param name="Children">The children the viewer may see, by name.</param>
/// <param name="Hidden">How many more are allocated whose records the viewer may not see (restricted records).</param>
public sealed record WorkerCaseload(IReadOnlyList<CaseloadChild> Children, int Hidden)
{
    public int Count => Children.Count + Hidden;

    public static string Describe(int count) => count == 1 ? "1 child" : $"{count} children";

    public static async Task<WorkerCaseload> LoadAsync(HearthDbContext db, ChildAccess access, AccessUser viewer, Guid workerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var today = access.Today;
        var allocations = await db.Set<Allocation>().AsNoTracking()
            .Where(a => a.WorkerId == workerId && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .Join(db.Set<Team>(), a => a.TeamId, t => t.Id, (a, t) => new { a.ChildId, a.StartDate, Team = t.Name })
            .ToListAsync();
        var childIds = allocations.Select(a => a.ChildId).Distinct().ToList();
        var rules = await access.LoadManyAsync(childIds);
        var visible = childIds.Where(id => rules.TryGetValue(id, out var child) && AccessPolicy.CanView(viewer, child).IsAllowed).ToList();
        var children = await db.Set<Child>().AsNoTracking().AsSplitQuery()
            .Where(c => visible.Contains(c.Id))
            .ToListAsync();
        var since = allocations.GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.StartDate).First());
        var listed = children
            .OrderBy(c => c.Name.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name.GivenNames, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CaseloadChild(
                c.Id,
                c.Name.FullName,
                c.DescribeAgeOn(today),
                c.LaChildId.Value,
                since[c.Id].StartDate,
                since[c.Id].Team,
                c.Warnings.Count(w => w.IsActive),
                c.WarningsOverdueForReview(today).Count))
            .ToList();
        return new WorkerCaseload(listed, childIds.Count - listed.Count);
    }
}
