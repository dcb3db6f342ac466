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

public sealed class AddNameModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public const string Alias = "alias";

    public const string Former = "former";

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
        var child = await Db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
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

        var today = Today;
        var context = Change();
        if (Kind == Former && child.CanAddFormerName(name, UsedUntil!.Value, today) is { IsAllowed: false } refused)
        {
            ModelState.AddModelError(nameof(UsedUntil), refused.Message!);
            return Page();
        }

        return await SaveChangeAsync(
            () =>
            {
                if (Kind == Former)
                {
                    child.AddFormerName(name, UsedUntil!.Value, today, context);
                }
                else
                {
                    child.AddAlias(name, context);
                }
            },
            string.Empty,
            Kind == Former ? $"Former name {name.FullName} added" : $"Alias {name.FullName} added",
            $"/children/{childId}",
            "the child's details");
    }
}
