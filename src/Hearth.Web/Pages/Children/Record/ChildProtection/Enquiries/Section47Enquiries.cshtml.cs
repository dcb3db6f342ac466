using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class Section47EnquiriesModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales) : PageModel
{
    public ChildRecord Record => record;

    public ChildEnquiries Enquiries { get; private set; } = null!;

    public Timescales Timescales => timescales;

    public DateOnly Today { get; } = WorkingCalendar.LocalDate(clock.GetUtcNow());

    public async Task OnGetAsync(Guid childId) => Enquiries = await ChildEnquiries.LoadAsync(db, childId);
}
