using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class RecordReviewConferenceModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock), IAttendeeForm
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the conference")]
    [Display(Name = "Date of the conference")]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public List<AttendeeInput> Attendees { get; set; } = [];

    [BindProperty]
    public string? AttendeeCommand { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select whether the conference was quorate")]
    public string? IsQuorate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select whether the plan continues or ends")]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? CategoryCode { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        HeldOn = Today;
        AttendeeForm.EnsureARow(this);
        var shown = await ShowFormAsync(childId, planId);
        CategoryCode = Plan?.LatestCategory.Code;
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid planId)
    {
        if (!await LoadAsync(childId, planId))
        {
            return NotFound();
        }

        if (AttendeeForm.ApplyCommand(this, ModelState))
        {
            return Page();
        }

        AttendeeForm.EnsureARow(this);
        var attendees = AttendeeForm.Read(this, ModelState, "Add who attended the conference");
        ConferenceOutcome? outcome = Outcome switch
        {
            "continue" => ConferenceOutcome.ContinuePlan,
            "end" => ConferenceOutcome.EndPlan,
            _ => null,
        };
        CategoryOfAbuse? category = null;
        if (outcome == ConferenceOutcome.ContinuePlan && !CategoryOfAbuse.TryCreate(CategoryCode, out category, out _))
        {
            ModelState.AddModelError(nameof(CategoryCode), "Select the latest category of abuse");
        }

        if (!ModelState.IsValid || outcome is null || !await IsCurrentAsync())
        {
            return Page();
        }

        var today = Today;
        var quorate = IsQuorate == "yes";
        var rule = Plan.CanRecordReviewConference(HeldOn!.Value, attendees, quorate, outcome.Value, category, today);
        if (!rule.IsAllowed)
        {
            var message = rule.Message!;
            ModelState.AddModelError(
                message.StartsWith("The date", StringComparison.Ordinal) ? nameof(HeldOn)
                : message.Contains("attended", StringComparison.Ordinal) ? "Attendees[0].Name"
                : message.Contains("quorate", StringComparison.Ordinal) ? nameof(IsQuorate)
                : message.Contains("category", StringComparison.Ordinal) ? nameof(CategoryCode)
                : string.Empty,
                message);
            return Page();
        }

        return await SavePlanChangeAsync(
            () => Plan.RecordReviewConference(HeldOn.Value, attendees, quorate, outcome.Value, category, today, Change()),
            nameof(HeldOn),
            outcome == ConferenceOutcome.EndPlan ? "Review conference recorded: the plan has ended" : "Review conference recorded: the plan continues");
    }
}
