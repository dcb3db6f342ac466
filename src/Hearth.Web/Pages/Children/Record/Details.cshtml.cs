using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record;

public sealed class DetailsModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public Child Child { get; private set; } = null!;

    public async Task OnGetAsync(Guid childId)
    {
        Child = await db.Set<Child>().AsNoTracking().AsSplitQuery()
            .Include(c => c.FormerNames).Include(c => c.Aliases).Include(c => c.Addresses)
            .SingleAsync(c => c.Id == childId);
    }
}
