using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Visits;

public sealed class IndexModel(HearthDbContext db, ChildRecord record) : PageModel
{
    public ChildRecord Record => record;

    public IReadOnlyList<Visit> Visits { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Visitors { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(Guid childId)
    {
        var visits = await db.Set<Visit>().AsNoTracking().Where(v => v.ChildId == childId).ToListAsync();
        Visits = [.. visits.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id)];
        Visitors = await WorkerChoice.NamesAsync(db, Visits.Select(v => v.VisitorWorkerId));
    }
}
