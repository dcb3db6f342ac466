using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Returns;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Returns;

/// <summary>How many issues one rule found in the return.</summary>
public sealed record RuleCount(CinRule Rule, int Count);

/// <summary>The CIN census for a collection year: its issue counts by rule, and the file to download.</summary>
public sealed class CinModel(HearthDbContext db, TimeProvider clock, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public CinCollectionYear CollectionYear { get; private set; } = null!;

    public int Children { get; private set; }

    public IReadOnlyList<RuleCount> Counts { get; private set; } = [];

    public int Errors => Counts.Where(c => c.Rule.Severity == CinIssueSeverity.Error).Sum(c => c.Count);

    public int Queries => Counts.Where(c => c.Rule.Severity == CinIssueSeverity.Query).Sum(c => c.Count);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (!ChooseYear())
        {
            return Page();
        }

        var check = await CinCensusRecordChecks.ForYearAsync(db, CollectionYear, cancellationToken);
        Children = check.Children.Count;
        var byRule = check.AllIssues.GroupBy(i => i.RuleCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Counts = [.. check.Rules
            .Where(r => byRule.ContainsKey(r.Code))
            .Select(r => new RuleCount(r, byRule[r.Code]))
            .OrderBy(c => c.Rule.Severity)
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Rule.Code, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>The census file for the year, written to a temporary file and streamed from it, so any size of return fits.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (!ChooseYear())
        {
            return NotFound();
        }

        var localAuthority = LocalAuthorityCode.FromConfiguration(configuration);
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await CinCensusReturn.WriteAsync(db, CollectionYear, localAuthority, clock.GetUtcNow(), file, cancellationToken: cancellationToken);
        file.Position = 0;
        return File(file, "application/xml", $"cin_census_{localAuthority}_{CollectionYear.Label}.xml");
    }

    private ViewResult? Refused()
    {
        var allowed = ReturnsAccess.CanUse(User.AccessUser()!);
        return allowed.IsAllowed ? null : Refusal.View(MetadataProvider, ModelState, "You cannot see the statutory returns", allowed.Refusal!);
    }

    private bool ChooseYear()
    {
        if (string.IsNullOrEmpty(Year))
        {
            CollectionYear = CinCensusRecordChecks.CurrentYear(WorkingCalendar.LocalDate(clock.GetUtcNow()));
            Year = CollectionYear.Label;
            return true;
        }

        if (CinCollectionYear.TryParse(Year, out var chosen, out _))
        {
            CollectionYear = chosen;
            return true;
        }

        CollectionYear = CinCensusRecordChecks.CurrentYear(WorkingCalendar.LocalDate(clock.GetUtcNow()));
        ModelState.AddModelError(nameof(Year), "Select a collection year");
        return false;
    }
}
