using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.EditDetails;

public sealed class RecordDeathModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date of death")]
    [Display(Name = "Date of death")]
    public DateOnly? DateOfDeath { get; set; }

    /// <summary>Why the death cannot be recorded at all (already recorded, or the child is unborn); null when it can.</summary>
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        Unavailable = UnavailableFor(child);
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        Unavailable = UnavailableFor(child);
        if (Unavailable is not null || ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        var rule = child.CanRecordDeath(DateOfDeath!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(DateOfDeath), rule.Message!);
            return Page();
        }

        try
        {
            child.RecordDeath(DateOfDeath.Value, today, new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(DateOfDeath), refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, EditModel.ConflictMessage + ". Check the child's details, then try again.");
            return Page();
        }

        TempData["Notification"] = "The child's date of death has been recorded";
        return Redirect($"/children/{childId}");
    }

    private static string? UnavailableFor(Child child) =>
        child.DateOfDeath is not null ? "The child's death has already been recorded."
        : child.IsUnborn ? "Record the child's birth before recording their death."
        : null;
}
