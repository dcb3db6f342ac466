using Hearth.Data;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class IndexModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public IReadOnlyList<ChildInNeedPlan> Plans { get; private set; } = [];

    public ChildInNeedEpisode? OpenEpisode { get; private set; }

    public bool CanStart => Record.CanEdit && OpenEpisode is not null && Plans.All(p => p.IsEnded);

    public async Task OnGetAsync(Guid childId)
    {
        OpenEpisode = await db.Set<ChildInNeedEpisode>().AsNoTracking().SingleOrDefaultAsync(e => e.ChildId == childId && e.ClosureDate == null);
        var plans = await db.Set<ChildInNeedPlan>().AsNoTracking().Where(p => p.ChildId == childId).ToListAsync();
        Plans = [.. plans.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)];
    }
}
