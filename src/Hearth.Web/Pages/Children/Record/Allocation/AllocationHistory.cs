using Hearth.Data;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Allocations;

/// <summary>One period of a child's allocation as the allocation pages show it.</summary>
public sealed record AllocationPeriod(
    Guid Id,
    string Worker,
    string Team,
    DateOnly StartDate,
    DateOnly? EndDate,
    string Reason,
    string? EndReason);

/// <summary>Loads a child's allocations, tracked, with the rules over them and the names to show.</summary>
public static class AllocationHistory
{
    public static async Task<CaseAllocations> LoadAsync(HearthDbContext db, Guid childId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = await db.Set<Hearth.Domain.Workforce.Allocation>().Where(a => a.ChildId == childId).ToListAsync();
        return new CaseAllocations(childId, history);
    }

    public static async Task<IReadOnlyList<AllocationPeriod>> DescribeAsync(HearthDbContext db, IReadOnlyList<Hearth.Domain.Workforce.Allocation> allocations)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(allocations);
        var workerIds = allocations.Select(a => a.WorkerId).Distinct().ToList();
        var teamIds = allocations.Select(a => a.TeamId).Distinct().ToList();
        var workers = await db.Set<Worker>().AsNoTracking().Where(w => workerIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => w.GivenName + " " + w.FamilyName);
        var teams = await db.Set<Team>().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
        return allocations
            .Select(a => new AllocationPeriod(a.Id, workers.GetValueOrDefault(a.WorkerId, "Unknown worker"), teams.GetValueOrDefault(a.TeamId, "Unknown team"),
                a.StartDate, a.EndDate, a.Reason, a.EndReason))
            .ToList();
    }

    /// <summary>
    /// A token for the allocation history as it was when a form was opened: a second person allocating or ending
    /// the allocation meanwhile changes it, so a stale form is caught instead of building on history it has not seen.
    /// </summary>
    public static string VersionOf(CaseAllocations allocations)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        return string.Join(',', allocations.History.Select(a => $"{a.Id:N}:{a.EndDate?.DayNumber}"));
    }
}
