using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Children.Record.Assessments;

public sealed class FactorsModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : AssessmentPageModel(db, record, clock, timescales)
{
    [BindProperty]
    public List<string> Factors { get; set; } = [];

    /// <summary>The census factors in their groups, in the census order.</summary>
    public static IReadOnlyList<IGrouping<string, AssessmentFactor>> Groups { get; } =
        [.. AssessmentFactor.All.Where(f => f != AssessmentFactor.NoFactorsIdentified).GroupBy(f => f.Group)];

    public string? FactorsError => ModelState.TryGetValue(nameof(Factors), out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        Factors = [.. Assessment.Factors.Select(f => f.Code)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, Guid assessmentId)
    {
        if (!await LoadAsync(childId, assessmentId))
        {
            return NotFound();
        }

        if (ChangedSinceOpened())
        {
            return Page();
        }

        var factors = new List<AssessmentFactor>();
        foreach (var code in Factors)
        {
            if (AssessmentFactor.TryCreate(code, out var factor, out var error))
            {
                factors.Add(factor);
            }
            else
            {
                ModelState.AddModelError(nameof(Factors), error);
            }
        }

        var rule = Assessment.CanRecordFactors(factors);
        if (!ModelState.IsValid || !rule.IsAllowed)
        {
            if (!rule.IsAllowed)
            {
                ModelState.AddModelError(nameof(Factors), rule.Message!);
            }

            return Page();
        }

        return await SaveAsync(() => Assessment.RecordFactors(factors, Change()), nameof(Factors), "Assessment factors recorded");
    }
}
