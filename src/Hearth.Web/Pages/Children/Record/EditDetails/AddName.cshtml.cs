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

public sealed class AddNameModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public const string Alias = "alias";

    public const string Former = "former";

    public ChildRecord Record => record;

    [BindProperty]
    [Required(ErrorMessage = "Select whether the child is known by this name now or used it before")]
    [Display(Name = "Kind of name")]
    public string? Kind { get; set; }

    [BindProperty]
    [DateInput]
    [Display(Name = "Date the name stopped being used")]
    public DateOnly? UsedUntil { get; set; }

    [BindProperty]
    [Display(Name = "Given names")]
    public string? GivenNames { get; set; }

    [BindProperty]
    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        if (Kind is not (null or Alias or Former))
        {
            ModelState.AddModelError(nameof(Kind), "Select whether the child is known by this name now or used it before");
        }

        if (Kind == Former && UsedUntil is null && ModelState.GetFieldValidationState(nameof(UsedUntil)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(UsedUntil), "Enter the date the name stopped being used");
        }

        if (!PersonName.TryCreate(GivenNames, FamilyName, null, out var name, out var nameError))
        {
            ModelState.AddModelError(nameError.Contains("given names", StringComparison.OrdinalIgnoreCase) ? nameof(GivenNames) : nameof(FamilyName), nameError);
        }

        if (ModelState.ErrorCount > 0 || name is null)
        {
            return Page();
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        var context = new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow());
        try
        {
            if (Kind == Former)
            {
                var rule = child.CanAddFormerName(name, UsedUntil!.Value, today);
                if (!rule.IsAllowed)
                {
                    ModelState.AddModelError(nameof(UsedUntil), rule.Message!);
                    return Page();
                }

                child.AddFormerName(name, UsedUntil.Value, today, context);
            }
            else
            {
                child.AddAlias(name, context);
            }

            await db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, EditModel.ConflictMessage + ". Check the child's details, then try again.");
            return Page();
        }

        TempData["Notification"] = Kind == Former ? $"Former name {name.FullName} added" : $"Alias {name.FullName} added";
        return Redirect($"/children/{childId}");
    }
}
