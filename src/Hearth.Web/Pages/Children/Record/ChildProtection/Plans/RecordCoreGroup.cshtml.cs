using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class RecordCoreGroupModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PlanPageModel(db, record, clock), IAttendeeForm
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the meeting")]
    [Display(Name = "Date of the meeting")]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public List<AttendeeInput> Attendees { get; set; } = [];

    [BindProperty]
    public string? AttendeeCommand { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid planId)
    {
        HeldOn = Today;
        AttendeeForm.EnsureARow(this);
        return await ShowFormAsync(childId, planId);
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
        var attendees = AttendeeForm.Read(this, ModelState, "Add who attended the core group meeting");
        if (!ModelState.IsValid || !await IsCurrentAsync())
        {
            return Page();
        }

        var today = Today;
        var rule = Plan.CanRecordCoreGroup(HeldOn!.Value, attendees, Notes, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(
                rule.Message!.StartsWith("The date", StringComparison.Ordinal) ? nameof(HeldOn) : rule.Message.Contains("attended", StringComparison.Ordinal) ? "Attendees[0].Name" : nameof(Notes),
                rule.Message);
            return Page();
        }

        return await SavePlanChangeAsync(() => Plan.RecordCoreGroup(HeldOn.Value, attendees, Notes, today, Change()), nameof(HeldOn), "Core group meeting recorded");
    }
}
