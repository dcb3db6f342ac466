using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Children.Record.CensusIssues;

/// <summary>An issue on the child's record and the page that puts it right.</summary>
public sealed record CensusIssueRow(CinIssue Issue, CensusFix Fix);

/// <summary>The DfE's CIN census rules run on the child's record as it is now.</summary>
public sealed class IndexModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public ChildRecord Record => record;

    /// <summary>A collection year to check instead of the current one, such as 2024-25.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public CinCollectionYear CollectionYear { get; private set; } = null!;

    public bool IsInTheCensus { get; private set; }

    public IReadOnlyList<CensusIssueRow> Issues { get; private set; } = [];

    public int Errors => Issues.Count(i => i.Issue.Severity == CinIssueSeverity.Error);

    public int Queries => Issues.Count - Errors;

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        if (Year is null)
        {
            CollectionYear = CinCensusRecordChecks.CurrentYear(WorkingCalendar.LocalDate(clock.GetUtcNow()));
        }
        else if (CinCollectionYear.TryParse(Year, out var chosen, out _))
        {
            CollectionYear = chosen;
        }
        else
        {
            return NotFound();
        }

        var check = await CinCensusRecordChecks.ForChildAsync(db, CollectionYear, childId);
        IsInTheCensus = check.Census is not null;
        Issues = [.. check.Issues
            .OrderBy(i => i.Severity)
            .ThenBy(i => i.RuleCode, StringComparer.Ordinal)
            .Select(i => new CensusIssueRow(i, CensusFixes.For(i.RuleCode, childId)))];
        return Page();
    }
}
