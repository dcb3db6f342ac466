using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.ChildProtection;

public sealed class IndexModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales) : PageModel
{
    public ChildRecord Record => record;

    public Timescales Timescales => timescales;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public DateOnly Today => WorkingCalendar.LocalDate(Now);

    public ChildEnquiries Enquiries { get; private set; } = null!;

    public async Task OnGetAsync(Guid childId, CancellationToken cancellationToken) =>
        Enquiries = await ChildEnquiries.LoadAsync(db, childId, cancellationToken: cancellationToken);
}
