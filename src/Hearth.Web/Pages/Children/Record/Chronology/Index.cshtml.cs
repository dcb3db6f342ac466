using Hearth.Data;
using Hearth.Web.Infrastructure.Access;

namespace Hearth.Web.Pages.Children.Record.Chronology;

public sealed class IndexModel(HearthDbContext db, ChildRecord record) : ChronologyPageModel(db, record)
{
    public Task OnGetAsync(Guid childId) => LoadAsync(childId);
}
