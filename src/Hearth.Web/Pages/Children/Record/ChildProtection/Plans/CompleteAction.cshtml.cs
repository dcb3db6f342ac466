using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class CompleteActionModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the action was completed")]
    [Display(Name = "Date completed")]
    public DateOnly? CompletedOn { get; set; }

    public ChildProtectionPlanAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId, Guid actionId)
    {
        if (!await LoadActionAsync(childId, planId, actionId))
        {
            return NotFound();
        }

        Version = Plan.Version;
        CompletedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId, Guid actionId)
    {
        if (!await LoadActionAsync(childId, planId, actionId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !await IsCurrentAsync())
        {
            return Page();
        }

        var today = Today;
        var rule = Plan.CanCompleteAction(actionId, CompletedOn!.Value, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(CompletedOn), rule.Message!);
            return Page();
        }

        return await SavePlanChangeAsync(() => Plan.CompleteAction(actionId, CompletedOn.Value, today, Change()), nameof(CompletedOn), "Action marked as completed");
    }

    private async Task<bool> LoadActionAsync(Guid childId, Guid planId, Guid actionId)
    {
        if (!await LoadAsync(childId, planId) || Plan.Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return false;
        }

        Action = action;
        return true;
    }
}
