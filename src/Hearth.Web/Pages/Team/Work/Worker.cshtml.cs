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

/// <summary>One worker's work, as their team manager sees it: the drill-down from Team work.</summary>
public sealed class WorkerModel(HearthDbContext db, ChildAccess access, Timescales timescales, TimeProvider clock) : PageModel
{
    public Team Team { get; private set; } = null!;

    public Worker Worker { get; private set; } = null!;

    public WorkView Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid workerId)
    {
        var (team, refused) = await TeamManager.TeamOfAsync(this, db);
        if (refused is not null)
        {
            return refused;
        }

        Team = team!;
        var worker = await db.Set<Worker>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId && w.TeamId == Team.Id);
        if (worker is null)
        {
            return NotFound();
        }

        Worker = worker;
        Work = await WorkView.ForWorkersAsync(db, access, User.AccessUser()!, [workerId], timescales, clock.GetUtcNow());
        return Page();
    }
}
