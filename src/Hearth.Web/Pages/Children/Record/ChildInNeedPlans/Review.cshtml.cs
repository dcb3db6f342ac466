using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildInNeedPlans;

public sealed class ReviewModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : PlanPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the review")]
    [Display(Name = "Review date")]
    public DateOnly? ReviewedOn { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter what the review found")]
    public string? Notes { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select whether the plan continues or ends")]
    public PlanReviewOutcome? Outcome { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        ReviewedOn = Today;
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
        var rule = Plan.CanReview(ReviewedOn!.Value, Notes, Outcome, today);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.StartsWith("The review date", StringComparison.Ordinal) ? nameof(ReviewedOn)
                : rule.Message.Contains("notes", StringComparison.Ordinal) || rule.Message.Contains("found", StringComparison.Ordinal) ? nameof(Notes) : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveAsync(
            () => Plan.Review(ReviewedOn.Value, Notes!, Outcome!.Value, today, Change()),
            nameof(ReviewedOn),
            Outcome == PlanReviewOutcome.End ? "Review recorded: the plan has ended" : "Review recorded");
    }
}
