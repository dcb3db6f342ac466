using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class Section47EnquiryModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales) : PageModel
{
    public ChildRecord Record => record;

    public Domain.ChildProtection.Section47Enquiry Enquiry { get; private set; } = null!;

    public Domain.ChildProtection.StrategyDiscussion Discussion { get; private set; } = null!;

    public TimescaleEvaluation? ConferenceClock { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid enquiryId)
    {
        var enquiries = await ChildEnquiries.LoadAsync(db, childId);
        if (enquiries.Enquiries.FirstOrDefault(e => e.Id == enquiryId) is not { } enquiry)
        {
            return NotFound();
        }

        Enquiry = enquiry;
        Discussion = enquiries.Discussions.Single(d => d.Id == enquiry.StrategyDiscussionId);
        ConferenceClock = enquiry.InitialConferenceClock(timescales, WorkingCalendar.LocalDate(clock.GetUtcNow()));
        return Page();
    }
}
