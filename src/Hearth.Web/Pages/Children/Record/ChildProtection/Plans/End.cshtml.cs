using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class EndModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock)
{
    /// <summary>The reasons a plan may end other than by a review conference, which has its own page.</summary>
    public static readonly IReadOnlyList<ChildProtectionPlanEndReason> Reasons =
    [
        ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority,
        ChildProtectionPlanEndReason.BecameLookedAfter,
        ChildProtectionPlanEndReason.ReachedEighteen,
        ChildProtectionPlanEndReason.Died,
        ChildProtectionPlanEndReason.Other,
    ];

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the end date")]
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select why the plan ended")]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        EndDate = Today;
        return await ShowFormAsync(childId, planId);
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        ChildProtectionPlanEndReason? reason = Enum.TryParse<ChildProtectionPlanEndReason>(Reason, out var parsed) && Reasons.Contains(parsed) ? parsed : null;
        if (Reason is not null && reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Select why the plan ended");
        }

        if (!ModelState.IsValid || reason is null || !await IsCurrentAsync())
        {
            return Page();
        }

        var today = Today;
        var rule = Plan.CanEnd(EndDate!.Value, reason, Note, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("The end date", StringComparison.Ordinal) ? nameof(EndDate) : rule.Message.StartsWith("Enter", StringComparison.Ordinal) ? nameof(Note) : string.Empty, rule.Message);
            return Page();
        }

        return await SavePlanChangeAsync(
            () => Plan.End(EndDate.Value, reason.Value, Note, today, Change(ChildProtectionPlan.EndReasonText(reason.Value))),
            nameof(EndDate),
            "Child protection plan ended");
    }
}
