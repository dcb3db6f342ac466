using Hearth.Data.Chronology;
using Hearth.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Assessments;

/// <summary>A child and family assessment's start, the child seen, its completion and its authorisation.</summary>
internal sealed class AssessmentChronology : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessments = await db.Set<ChildAndFamilyAssessment>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync(cancellationToken);
        var entries = new List<ChronologyEntry>();
        foreach (var a in assessments)
        {
            var path = $"/children/{a.ChildId}/assessments/{a.Id}";
            entries.Add(Entry(a, a.StartDate, "Child and family assessment started", null, path));
            if (a.ChildSeenOn is { } seenOn)
            {
                entries.Add(Entry(a, seenOn, a.ChildSeenAlone ? "Child seen alone during the assessment" : "Child seen during the assessment", a.NotSeenAloneReason, path));
            }

            if (a.CompletedOn is { } completedOn)
            {
                entries.Add(Entry(a, completedOn, "Child and family assessment completed", a.Outcome?.DisplayName, path));
            }

            if (a.AuthorisedOn is { } authorisedOn)
            {
                var detail = string.Join(
                    ". ",
                    new[] { a.Outcome is { } outcome ? $"Outcome: {outcome.DisplayName}" : null, a.LatenessReason is { } late ? $"Late: {late}" : null }.OfType<string>());
                entries.Add(Entry(a, authorisedOn, $"Child and family assessment authorised by {a.AuthorisedByName}", detail.Length == 0 ? null : detail, path));
            }
        }

        return entries;
    }

    private static ChronologyEntry Entry(ChildAndFamilyAssessment assessment, DateOnly date, string what, string? detail, string path) => new()
    {
        ChildId = assessment.ChildId,
        Date = date,
        Category = ChronologyCategory.Assessment,
        What = what,
        Detail = detail,
        IsSignificant = true,
        Path = path,
        SourceId = assessment.Id,
    };
}
