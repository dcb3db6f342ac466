using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class IndexModel(HearthDbContext db, ChildRecord record, ChildAccess access) : PageModel
{
    public ChildRecord Record => record;

    public DateOnly Today => access.Today;

    public IReadOnlyList<ChildProtectionPlan> Plans { get; private set; } = [];

    /// <summary>Initial conferences that decided on no plan.</summary>
    public IReadOnlyList<ChildProtectionConference> ConferencesWithoutPlan { get; private set; } = [];

    public bool HasOpenEpisode { get; private set; }

    public bool CanRecordInitialConference => Record.CanEdit && HasOpenEpisode && !Plans.Any(p => p.IsOpen);

    public async Task OnGetAsync(Guid childId)
    {
        Plans = await db.Set<ChildProtectionPlan>().AsNoTracking()
            .Where(p => p.ChildId == childId)
            .OrderByDescending(p => p.StartDate)
            .ToListAsync();
        ConferencesWithoutPlan = await db.Set<ChildProtectionConference>().AsNoTracking()
            .Where(c => c.ChildId == childId && c.PlanId == null)
            .OrderByDescending(c => c.HeldOn)
            .ToListAsync();
        HasOpenEpisode = await db.Set<ChildInNeedEpisode>().AnyAsync(e => e.ChildId == childId && e.ClosureDate == null);
    }
}
