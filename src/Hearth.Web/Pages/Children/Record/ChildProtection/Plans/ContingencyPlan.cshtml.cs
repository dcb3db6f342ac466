using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class ContingencyPlanModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the contingency plan: what happens if things do not improve")]
    public string? Contingency { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        var shown = await ShowFormAsync(childId, planId);
        Contingency = Plan?.ContingencyPlan;
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !await IsCurrentAsync())
        {
            return Page();
        }

        var rule = Plan.CanSetContingencyPlan(Contingency);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(Contingency), rule.Message!);
            return Page();
        }

        return await SavePlanChangeAsync(() => Plan.SetContingencyPlan(Contingency!, Change()), nameof(Contingency), "Contingency plan saved");
    }
}
