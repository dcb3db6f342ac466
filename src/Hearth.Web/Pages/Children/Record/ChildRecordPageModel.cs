using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record;

/// <summary>
/// A page of a child's record that changes it: who is changing it and when, today's date in England, and one way to
/// save a change so that a broken rule or a lost race with someone else is said on the page, with what was typed kept.
/// </summary>
public abstract class ChildRecordPageModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    protected HearthDbContext Db => db;

    protected DateOnly Today => WorkingCalendar.LocalDate(clock.GetUtcNow());

    protected ChangeContext Change(string? reason = null) => new(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), reason);

    /// <summary>
    /// Makes the change and saves it, then shows <paramref name="notification"/> on <paramref name="returnTo"/>. A domain
    /// rule refused goes against <paramref name="errorField"/>; a save that lost a race says to check
    /// <paramref name="whatToCheck"/> and try again.
    /// </summary>
    protected async Task<IActionResult> SaveChangeAsync(Action change, string errorField, string notification, string returnTo, string whatToCheck)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            change();
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(errorField, refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, $"Someone else changed this record while you were editing it. Check {whatToCheck}, then try again.");
            return Page();
        }

        TempData["Notification"] = notification;
        return Redirect(returnTo);
    }
}
