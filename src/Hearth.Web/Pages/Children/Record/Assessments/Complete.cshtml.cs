using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class CompleteModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the assessment was completed")]
    [Display(Name = "Date completed")]
    public DateOnly? CompletedOn { get; set; }

    [BindProperty]
    public string? LatenessReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        CompletedOn = Today;
        LatenessReason = Assessment.LatenessReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || ChangedSinceOpened())
        {
            return Page();
        }

        var today = Today;
        var rule = Assessment.CanComplete(CompletedOn!.Value, LatenessReason, Timescales, today);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("late", StringComparison.Ordinal) ? nameof(LatenessReason)
                : rule.Message.StartsWith("The completion date", StringComparison.Ordinal) ? nameof(CompletedOn) : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveAsync(
            () => Assessment.Complete(CompletedOn.Value, LatenessReason, Timescales, today, Change()),
            nameof(CompletedOn),
            "Assessment completed and sent to a team manager for authorisation");
    }
}
