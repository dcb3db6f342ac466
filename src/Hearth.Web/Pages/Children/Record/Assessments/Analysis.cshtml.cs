using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class AnalysisModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the analysis")]
    public string? Analysis { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select the outcome of the assessment")]
    public AssessmentOutcome? Outcome { get; set; }

    [BindProperty]
    public string? OutcomeDetail { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        Analysis = Assessment.Analysis;
        Outcome = Assessment.Outcome;
        OutcomeDetail = Assessment.OutcomeDetail;
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

        var rule = Assessment.CanRecordAnalysis(Analysis, Outcome, OutcomeDetail);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.Contains("other outcome", StringComparison.Ordinal) || rule.Message.Contains("outcome detail", StringComparison.Ordinal)
                ? nameof(OutcomeDetail)
                : rule.Message.Contains("analysis", StringComparison.OrdinalIgnoreCase) ? nameof(Analysis) : string.Empty;
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        return await SaveAsync(
            () => Assessment.RecordAnalysis(Analysis!, Outcome!.Value, OutcomeDetail, Change()),
            nameof(Analysis),
            "Analysis and outcome recorded");
    }
}
