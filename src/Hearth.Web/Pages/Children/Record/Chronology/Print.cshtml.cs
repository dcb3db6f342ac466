using Hearth.Data;
using Hearth.Web.Infrastructure.Access;

namespace Hearth.Web.Pages.Children.Record.Chronology;

public sealed class PrintModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChronologyPageModel(db, record)
{
    public DateTimeOffset PrintedAt { get; private set; }

    public Task OnGetAsync(Guid childId)
    {
        PrintedAt = clock.GetUtcNow();
        return LoadAsync(childId);
    }
}
