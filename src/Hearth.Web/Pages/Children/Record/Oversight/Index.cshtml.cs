using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Oversight;

public sealed class IndexModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public IReadOnlyList<ManagementOversight> Oversights { get; private set; } = [];

    public bool CanRecord => Record.CanEdit && User.HearthRole() is { } role && ManagementOversight.CanBeRecordedBy(role).IsAllowed;

    public async Task OnGetAsync(Guid childId)
    {
        var oversights = await db.Set<ManagementOversight>().AsNoTracking().Include(o => o.Actions).Where(o => o.ChildId == childId).ToListAsync();
        Oversights = [.. oversights.OrderByDescending(o => o.OversightDate).ThenByDescending(o => o.Id)];
    }
}
