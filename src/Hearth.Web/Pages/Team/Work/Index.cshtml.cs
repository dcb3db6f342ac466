using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Teams.Work;

/// <summary>A worker's line in the team's work: how much is overdue, due today and due soon.</summary>
public sealed record WorkerWorkCounts(Guid WorkerId, string Name, int Overdue, int DueToday, int DueSoon);

/// <summary>Team work: for a team manager, each worker's overdue work, worst first, with a drill-down to each worker and child.</summary>
public sealed class IndexModel(HearthDbContext db, ChildAccess access, Timescales timescales, TimeProvider clock) : PageModel
{
    public Team Team { get; private set; } = null!;

    public IReadOnlyList<WorkerWorkCounts> Workers { get; private set; } = [];

    public int HiddenChildren { get; private set; }

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
        var work = await WorkView.ForWorkersAsync(db, access, User.AccessUser()!, [.. workers.Select(w => w.Id)], timescales, clock.GetUtcNow());
        HiddenChildren = work.HiddenChildren;
        var byWorker = work.Rows.ToLookup(r => r.WorkerId);
        Workers = [.. workers
            .Select(w => new WorkerWorkCounts(
                w.Id,
                w.FullName,
                byWorker[w.Id].Count(r => r.Item.Status == TimescaleStatus.Overdue),
                byWorker[w.Id].Count(r => r.Item.Status == TimescaleStatus.DueToday),
                byWorker[w.Id].Count(r => r.Item.Status == TimescaleStatus.DueSoon)))
            .OrderByDescending(w => w.Overdue).ThenByDescending(w => w.DueToday)
            .ThenBy(w => w.Name, StringComparer.OrdinalIgnoreCase)];
        return Page();
    }
}
