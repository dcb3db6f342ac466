using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Teams;

/// <summary>A worker in the team and how many children they hold today.</summary>
public sealed record TeamMember(Guid Id, string Name, string Role, int Children);

/// <summary>A child waiting to be allocated.</summary>
public sealed record UnallocatedChild(Guid Id, string Name, string LaChildId, string Age, DateOnly? LastAllocationEnded);

public sealed class IndexModel(HearthDbContext db, ChildAccess access) : PageModel
{
    public Team Team { get; private set; } = null!;

    public IReadOnlyList<TeamMember> Members { get; private set; } = [];

    public IReadOnlyList<UnallocatedChild> Unallocated { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var (team, refused) = await TeamManager.TeamOfAsync(this, db);
        if (refused is not null)
        {
            return refused;
        }

        Team = team!;
        var today = access.Today;
        var workers = await db.Set<Worker>().AsNoTracking()
            .Where(w => w.TeamId == Team.Id && (w.LeavingDate == null || w.LeavingDate >= today))
            .ToListAsync();
        var workerIds = workers.Select(w => w.Id).ToList();
        var counts = await db.Set<Allocation>().AsNoTracking()
            .Where(a => workerIds.Contains(a.WorkerId) && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .GroupBy(a => a.WorkerId)
            .Select(g => new { WorkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.WorkerId, g => g.Count);
        Members = workers
            .OrderBy(w => w.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(w => w.GivenName, StringComparer.OrdinalIgnoreCase)
            .Select(w => new TeamMember(w.Id, w.FullName, w.Role.DisplayName, counts.GetValueOrDefault(w.Id)))
            .ToList();
        Unallocated = await UnallocatedAsync(today);
        return Page();
    }

    /// <summary>
    /// Children with neither a current allocation nor one arranged to start: for a front door team every such child,
    /// for other teams those whose last allocation was with the team.
    /// </summary>
    private async Task<IReadOnlyList<UnallocatedChild>> UnallocatedAsync(DateOnly today)
    {
        var allocations = db.Set<Allocation>().AsNoTracking();
        var waiting = db.Set<Child>().AsNoTracking()
            .Where(c => !allocations.Any(a => a.ChildId == c.Id && (a.EndDate == null || a.EndDate > today)));
        if (Team.Kind != TeamKind.FrontDoor)
        {
            waiting = waiting.Where(c => allocations
                .Where(a => a.ChildId == c.Id)
                .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
                .Select(a => (Guid?)a.TeamId)
                .FirstOrDefault() == Team.Id);
        }

        var children = await waiting.AsSplitQuery().ToListAsync();
        var ids = children.Select(c => c.Id).ToList();
        var rules = await access.LoadManyAsync(ids);
        var viewer = User.AccessUser()!;
        var lastEnded = await allocations.Where(a => ids.Contains(a.ChildId))
            .GroupBy(a => a.ChildId)
            .Select(g => new { ChildId = g.Key, Ended = g.Max(a => a.EndDate) })
            .ToDictionaryAsync(g => g.ChildId, g => g.Ended);
        return children
            .Where(c => rules.TryGetValue(c.Id, out var rule) && AccessPolicy.CanView(viewer, rule).IsAllowed)
            .OrderBy(c => c.Name.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name.GivenNames, StringComparer.OrdinalIgnoreCase)
            .Select(c => new UnallocatedChild(c.Id, c.Name.FullName, c.LaChildId.Value, c.DescribeAgeOn(today), lastEnded.GetValueOrDefault(c.Id)))
            .ToList();
    }
}
