using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class FinaliseModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the plan was finalised")]
    [Display(Name = "Date finalised")]
    public DateOnly? FinalisedOn { get; set; }

    /// <summary>Why the plan cannot be finalised yet, shown before the user tries.</summary>
    public string? NotReady { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        FinalisedOn = Today;
        NotReady = Plan.CanFinalise(Today, Today).Message;
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
        var rule = Plan.CanFinalise(FinalisedOn!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("The date", StringComparison.Ordinal) ? nameof(FinalisedOn) : string.Empty, rule.Message);
            return Page();
        }

        return await SaveAsync(() => Plan.Finalise(FinalisedOn.Value, today, Change()), nameof(FinalisedOn), "Child in need plan finalised");
    }
}
