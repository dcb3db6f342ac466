using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class StrategyDiscussionModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales) : PageModel
{
    public ChildRecord Record => record;

    public ChildEnquiries Enquiries { get; private set; } = null!;

    public Domain.ChildProtection.StrategyDiscussion Discussion { get; private set; } = null!;

    public TimescaleEvaluation? Clock { get; private set; }

    public bool CanRecordFurther => Record.CanEdit && Enquiries.AwaitingFurtherDiscussion.Contains(Discussion);

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid discussionId)
    {
        Enquiries = await ChildEnquiries.LoadAsync(db, childId);
        if (Enquiries.Discussions.FirstOrDefault(d => d.Id == discussionId) is not { } discussion)
        {
            return NotFound();
        }

        Discussion = discussion;
        Clock = discussion.StrategyDiscussionClock(timescales, clock.GetUtcNow());
        return Page();
    }
}
