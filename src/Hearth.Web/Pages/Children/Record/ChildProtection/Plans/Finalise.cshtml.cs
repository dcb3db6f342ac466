using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class FinaliseModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock)
{
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        var shown = await ShowFormAsync(childId, planId);
        Refusal = Plan?.CanFinalise(Today).Message;
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        if (!await IsCurrentAsync())
        {
            return Page();
        }

        var today = Today;
        Refusal = Plan.CanFinalise(today).Message;
        if (Refusal is not null)
        {
            ModelState.AddModelError(string.Empty, Refusal);
            return Page();
        }

        return await SavePlanChangeAsync(() => Plan.Finalise(today, Change()), string.Empty, "Child protection plan finalised");
    }
}
