using Hearth.Data;
using Hearth.Data.FrontDoor;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>A contact on the front door queue.</summary>
public sealed record QueueRow(
    Contact Contact, TimescaleEvaluation Clock, TimescaleEvaluation? Acknowledgement, TimeSpan Waited, IReadOnlyList<ContactChildView> Children);

public sealed class IndexModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales) : PageModel
{
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public bool CanAct { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = User.AccessUser()!;
        var allowed = FrontDoorAccess.CanView(user);
        if (!allowed.IsAllowed)
        {
            return Refusal.View(MetadataProvider, ModelState, "You cannot see the front door", allowed.Refusal!);
        }

        CanAct = FrontDoorAccess.CanAct(user).IsAllowed;
        var now = clock.GetUtcNow();
        var contacts = await db.FrontDoorQueue().AsNoTracking().ToListAsync(cancellationToken);
        var children = await FrontDoorAccess.ChildrenAsync(db, access, user, contacts, cancellationToken);

        // A contact is shown only to someone who may see every child it concerns (restricted records).
        Rows = contacts
            .Select(c => new QueueRow(c, c.DecisionClock(timescales, now), c.AcknowledgementClock(timescales, now), c.TimeWaited(now),
                c.Children.Select(ch => children.GetValueOrDefault(ch.ChildId)).OfType<ContactChildView>().ToList()))
            .Where(r => r.Children.Count == r.Contact.Children.Count && r.Children.All(ch => ch.CanView))
            .ToList();
        return Page();
    }
}
