using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class ActionsModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter what is to be done")]
    public string? What { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter who will do it")]
    public string? Who { get; set; }

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date it is to be done by")]
    [Display(Name = "By when")]
    public DateOnly? ByWhen { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId) =>
        await LoadAsync(childId, planId) ? Page() : NotFound();

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

        var rule = Plan.CanAddAction(What, Who, ByWhen);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("date", StringComparison.Ordinal) ? nameof(ByWhen)
                : rule.Message.Contains("who", StringComparison.OrdinalIgnoreCase) ? nameof(Who)
                : rule.Message.Contains("what", StringComparison.OrdinalIgnoreCase) ? nameof(What) : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveAsync(() => Plan.AddAction(What!, Who!, ByWhen!.Value, Change()), nameof(What), "Action added to the plan");
    }
}
