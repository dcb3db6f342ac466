using Hearth.Data.Work;
using Hearth.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Assessments;

/// <summary>
/// Assessments not yet authorised: the worker's assessment against its 45 working days while in progress, and the
/// manager's authorisation, on the same clock, once the worker has completed it.
/// </summary>
internal sealed class AssessmentWork : IWorkSource
{
    public const string AuthorisationKind = "ChildAndFamilyAssessmentAuthorisation";

    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var assessments = await db.Set<ChildAndFamilyAssessment>().AsNoTracking()
            .Where(a => query.ChildIds.Contains(a.ChildId) && a.Status != AssessmentStatus.Authorised)
            .ToListAsync(cancellationToken);
        return [.. assessments.Select(a => ItemFor(a, query))];
    }

    private static WorkItem ItemFor(ChildAndFamilyAssessment assessment, WorkQuery query)
    {
        var evaluation = assessment.Evaluate(query.Timescales, query.Today);
        var path = $"/children/{assessment.ChildId}/assessments/{assessment.Id}";
        var lateness = assessment.LatenessReason is { } reason ? $"Late: {reason}" : null;
        if (assessment.Status == AssessmentStatus.AwaitingAuthorisation)
        {
            return WorkItem.For(evaluation, assessment.ChildId, assessment.Id, path, lateness ?? "Completed by the worker, awaiting a team manager") with
            {
                Kind = AuthorisationKind,
                Title = "Authorise the child and family assessment",
            };
        }

        return WorkItem.For(evaluation, assessment.ChildId, assessment.Id, path, assessment.ReturnNote is { } note ? $"Returned by the manager: {note}" : lateness);
    }
}
