using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class AuthoriseModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date you authorised the assessment")]
    [Display(Name = "Authorisation date")]
    public DateOnly? AuthorisedOn { get; set; }

    [BindProperty]
    public string? LatenessReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        AuthorisedOn = Today;
        LatenessReason = Assessment.LatenessReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        if (!IsTeamManager)
        {
            return RefuseNotManager("Only a team manager can authorise an assessment");
        }

        if (!ModelState.IsValid || ChangedSinceOpened())
        {
            return Page();
        }

        var today = Today;
        var rule = Assessment.CanAuthorise(Role, AuthorisedOn!.Value, LatenessReason, Timescales, today);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("late", StringComparison.Ordinal) ? nameof(LatenessReason)
                : rule.Message.StartsWith("The authorisation date", StringComparison.Ordinal) ? nameof(AuthorisedOn) : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveAsync(
            () => Assessment.Authorise(Role, AuthorisedOn.Value, LatenessReason, Timescales, today, Change()),
            nameof(AuthorisedOn),
            "Assessment authorised");
    }
}
