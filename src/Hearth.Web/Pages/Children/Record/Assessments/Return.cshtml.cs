using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class ReturnModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId) =>
        await LoadAsync(childId, assessmentId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        if (!IsTeamManager)
        {
            return RefuseNotManager("Only a team manager can return an assessment");
        }

        if (ChangedSinceOpened())
        {
            return Page();
        }

        var rule = Assessment.CanReturn(Role, Note);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(rule.Message!.StartsWith("Enter", StringComparison.Ordinal) || rule.Message.StartsWith("The note", StringComparison.Ordinal) ? nameof(Note) : string.Empty, rule.Message);
            return Page();
        }

        return await SaveAsync(() => Assessment.Return(Role, Note!, Change(Note)), nameof(Note), "Assessment returned to the worker");
    }
}
