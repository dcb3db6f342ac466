using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Chronology;

public sealed class SignificantEventModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public Domain.Recording.SignificantEvent Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid eventId)
    {
        if (await db.Set<Domain.Recording.SignificantEvent>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId && e.ChildId == childId) is not { } found)
        {
            return NotFound();
        }

        Event = found;
        return Page();
    }
}
