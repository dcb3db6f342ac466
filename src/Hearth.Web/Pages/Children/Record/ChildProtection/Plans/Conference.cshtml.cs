using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class ConferenceModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public ChildProtectionConference Conference { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid conferenceId)
    {
        var conference = await db.Set<ChildProtectionConference>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == conferenceId && c.ChildId == childId);
        if (conference is null)
        {
            return NotFound();
        }

        Conference = conference;
        return Page();
    }
}
