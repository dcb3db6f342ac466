using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class EndModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the plan ended")]
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the reason the plan is ending")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        EndDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || ChangedSinceOpened())
        {
            return Page();
        }

        var today = Today;
        var rule = Plan.CanEnd(EndDate!.Value, Reason, today);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.StartsWith("The end date", StringComparison.Ordinal) ? nameof(EndDate)
                : rule.Message.Contains("reason", StringComparison.OrdinalIgnoreCase) ? nameof(Reason) : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveAsync(() => Plan.End(EndDate.Value, Reason!, today, Change(Reason)), nameof(EndDate), "Child in need plan ended");
    }
}
