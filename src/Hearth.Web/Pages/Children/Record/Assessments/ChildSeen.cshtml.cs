using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class ChildSeenModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date the child was seen")]
    [Display(Name = "Date the child was seen")]
    public DateOnly? SeenOn { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select whether the child was seen alone")]
    public bool? SeenAlone { get; set; }

    [BindProperty]
    public string? NotSeenAloneReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        SeenOn = Assessment.ChildSeenOn;
        SeenAlone = Assessment.ChildSeenOn is null ? null : Assessment.ChildSeenAlone;
        NotSeenAloneReason = Assessment.NotSeenAloneReason;
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
        var rule = Assessment.CanRecordChildSeen(SeenOn!.Value, SeenAlone!.Value, NotSeenAloneReason, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.Contains("alone", StringComparison.Ordinal) ? nameof(NotSeenAloneReason) : nameof(SeenOn), rule.Message);
            return Page();
        }

        return await SaveAsync(
            () => Assessment.RecordChildSeen(SeenOn.Value, SeenAlone.Value, NotSeenAloneReason, today, Change()),
            nameof(SeenOn),
            "Child seen recorded");
    }
}
