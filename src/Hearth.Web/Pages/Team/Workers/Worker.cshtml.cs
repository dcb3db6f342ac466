using Hearth.Data;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.Caseload;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Teams.Workers;

public sealed class WorkerModel(HearthDbContext db, ChildAccess access) : PageModel
{
    public Team Team { get; private set; } = null!;

    public Worker Worker { get; private set; } = null!;

    public WorkerCaseload Caseload { get; private set; } = null!;

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
        Caseload = await WorkerCaseload.LoadAsync(db, access, User.AccessUser()!, workerId);
        return Page();
    }
}
