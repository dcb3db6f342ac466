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

public sealed class RecordBirthModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    [BindProperty]
    [DateInput]
    [Required(ErrorMessage = "Enter the date of birth")]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    [Display(Name = "Sex")]
    public string? Sex { get; set; }

    public bool AlreadyBorn { get; private set; }

    public async Task OnGetAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId);
        AlreadyBorn = !child.IsUnborn;
        Sex = child.Sex == Domain.Children.Sex.Unknown ? null : child.Sex.Code;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        AlreadyBorn = !child.IsUnborn;
        if (AlreadyBorn)
        {
            return Page();
        }

        if (!Domain.Children.Sex.TryCreate(Sex, out var sex, out var sexError))
        {
            ModelState.AddModelError(nameof(Sex), sexError);
        }

        if (ModelState.ErrorCount > 0 || sex is null)
        {
            return Page();
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        var rule = child.CanRecordBirth(DateOfBirth!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(DateOfBirth), rule.Message!);
            return Page();
        }

        try
        {
            child.RecordBirth(DateOfBirth.Value, sex, today, new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(nameof(DateOfBirth), refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, EditModel.ConflictMessage + ". Check the child's details, then try again.");
            return Page();
        }

        TempData["Notification"] = "The child's birth has been recorded";
        return Redirect($"/children/{childId}");
    }
}
