using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class AddActionModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter what is to be done")]
    public string? What { get; set; }

    [BindProperty]
    public string? Who { get; set; }

    [BindProperty, DateInput]
    [Display(Name = "The date it is to be done by")]
    public DateOnly? ByWhen { get; set; }

    public Task<IActionResult> OnGetAsync(Guid childId, Guid planId) => ShowFormAsync(childId, planId);

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

        var today = Today;
        var rule = Plan.CanAddAction(What, Who, ByWhen, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("The date", StringComparison.Ordinal) ? nameof(ByWhen) : rule.Message.Contains("who", StringComparison.Ordinal) ? nameof(Who) : nameof(What), rule.Message);
            return Page();
        }

        return await SavePlanChangeAsync(() => Plan.AddAction(What!, Who, ByWhen, today, Change()), nameof(What), "Action added to the plan");
    }
}
