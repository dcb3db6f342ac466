using Hearth.Data;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Referrals;

public sealed class IndexModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public IReadOnlyList<ChildInNeedEpisode> Episodes { get; private set; } = [];

    public bool HasOpenEpisode => Episodes.Any(e => e.IsOpen);

    public async Task OnGetAsync(Guid childId) =>
        Episodes = await db.Set<ChildInNeedEpisode>().AsNoTracking()
            .Where(e => e.ChildId == childId)
            .OrderByDescending(e => e.ReferralDate)
            .ThenByDescending(e => e.Id)
            .ToListAsync();
}
