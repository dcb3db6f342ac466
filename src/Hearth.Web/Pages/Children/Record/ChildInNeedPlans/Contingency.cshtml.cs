using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class ContingencyModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the contingency plan: what will happen if things do not improve")]
    public string? ContingencyPlan { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        ContingencyPlan = Plan.ContingencyPlan;
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

        var rule = Plan.CanRecordContingency(ContingencyPlan);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(nameof(ContingencyPlan), rule.Message!);
            return Page();
        }

        return await SaveAsync(() => Plan.RecordContingency(ContingencyPlan!, Change()), nameof(ContingencyPlan), "Contingency plan recorded");
    }
}
