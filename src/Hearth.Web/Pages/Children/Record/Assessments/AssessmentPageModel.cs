using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Assessments;

/// <summary>A page about one of the child's child and family assessments, loaded for a change with its clock.</summary>
public abstract class AssessmentPageModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : ChildRecordPageModel(db, record, clock)
{
    public ChildAndFamilyAssessment Assessment { get; private set; } = null!;

    public Timescales Timescales => timescales;

    public TimescaleEvaluation AssessmentClock => Assessment.Evaluate(timescales, Today);

    /// <summary>The assessment's version when the form was opened, so a change made meanwhile is not overwritten.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    public string AssessmentPath => $"/children/{Record.ChildId}/assessments/{Assessment.Id}";

    public bool IsTeamManager => User.HearthRole() == Role.TeamManager;

    protected Role Role => User.HearthRole() ?? Role.SocialWorker;

    /// <summary>Loads the assessment, tracked for a change; false when it is not the child's.</summary>
    protected async Task<bool> LoadAsync(Guid childId, Guid assessmentId)
    {
        if (await Db.Set<ChildAndFamilyAssessment>().SingleOrDefaultAsync(a => a.Id == assessmentId && a.ChildId == childId) is not { } assessment)
        {
            return false;
        }

        Assessment = assessment;
        Version ??= assessment.Version;
        return true;
    }

    /// <summary>True, with the message on the page, when someone changed the assessment after this form was opened.</summary>
    protected bool ChangedSinceOpened()
    {
        if (Version == Assessment.Version)
        {
            return false;
        }

        ModelState.AddModelError(string.Empty, "Someone else changed this assessment while you were editing it. Check the assessment, then try again.");
        Version = Assessment.Version;
        return true;
    }

    protected Task<IActionResult> SaveAsync(Action change, string errorField, string notification) =>
        SaveChangeAsync(change, errorField, notification, AssessmentPath, "the assessment");

    /// <summary>A manager-only action attempted by someone else: the rule's message on the page, with 403.</summary>
    protected IActionResult RefuseNotManager(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
