using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class CompleteActionModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the action was done")]
    [Display(Name = "Date done")]
    public DateOnly? CompletedOn { get; set; }

    public PlanAction PlanAction { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId, Guid actionId)
    {
        if (!await LoadActionAsync(childId, planId, actionId))
        {
            return NotFound();
        }

        CompletedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId, Guid actionId)
    {
        if (!await LoadActionAsync(childId, planId, actionId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || ChangedSinceOpened())
        {
            return Page();
        }

        var today = Today;
        var rule = Plan.CanCompleteAction(actionId, CompletedOn!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("The date", StringComparison.Ordinal) ? nameof(CompletedOn) : string.Empty, rule.Message);
            return Page();
        }

        return await SaveAsync(() => Plan.CompleteAction(actionId, CompletedOn.Value, today, Change()), nameof(CompletedOn), "Action marked as done");
    }

    private async Task<bool> LoadActionAsync(Guid childId, Guid planId, Guid actionId)
    {
        if (!await LoadAsync(childId, planId) || Plan.Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return false;
        }

        PlanAction = action;
        return true;
    }
}
