using Hearth.Data;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.AccessLog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Teams;

/// <summary>The team pages are for the manager of a team: this finds their team, or the page that refuses them.</summary>
public static class TeamManager
{
    public const string TeamRefusal = "Only team managers can see their team's caseloads.";

    public static async Task<(Team? Team, IActionResult? Refused)> TeamOfAsync(PageModel page, HearthDbContext db)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(db);
        var team = page.User.HearthRole() == Role.TeamManager && page.User.TeamIdOf() is { } teamId
            ? await db.Set<Team>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId)
            : null;
        return team is null ? (null, Refusal.View(page.MetadataProvider, page.ModelState, "You cannot see team caseloads", TeamRefusal)) : (team, null);
    }
}
