using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.Returns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.DataQuality;

/// <summary>A team or worker to filter by.</summary>
public sealed record FilterOption(Guid Id, string Name);

/// <summary>How many of the listed children one rule found issues for.</summary>
public sealed record RuleChildren(CinRule Rule, int Children, int Issues);

/// <summary>A child with issues for the chosen rule, and who the child is allocated to.</summary>
public sealed record IssueChild(Guid ChildId, string LaChildId, string Name, string? Team, string? Worker, IReadOnlyList<CinIssue> Issues);

/// <summary>
/// The CIN census rules run on every child's record in a year: issues by rule, drilling down to the children, filtered
/// by the team and worker the child is allocated to. Only children the user may see are counted and listed.
/// </summary>
public sealed class CinModel(HearthDbContext db, ChildAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Worker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    public CinCollectionYear CollectionYear { get; private set; } = null!;

    public IReadOnlyList<FilterOption> Teams { get; private set; } = [];

    public IReadOnlyList<FilterOption> Workers { get; private set; } = [];

    public int ChildrenChecked { get; private set; }

    public IReadOnlyList<RuleChildren> ByRule { get; private set; } = [];

    public CinRule? ChosenRule { get; private set; }

    public IReadOnlyList<IssueChild> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = User.AccessUser()!;
        var allowed = ReturnsAccess.CanUse(user);
        if (!allowed.IsAllowed)
        {
            return Refusal.View(MetadataProvider, ModelState, "You cannot see the census data quality", allowed.Refusal!);
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        if (string.IsNullOrEmpty(Year))
        {
            CollectionYear = CinCensusRecordChecks.CurrentYear(today);
        }
        else if (CinCollectionYear.TryParse(Year, out var chosen, out _))
        {
            CollectionYear = chosen;
        }
        else
        {
            return NotFound();
        }

        Year = CollectionYear.Label;
        Teams = await db.Set<Team>().AsNoTracking().OrderBy(t => t.Name).Select(t => new FilterOption(t.Id, t.Name)).ToListAsync(cancellationToken);
        Workers = await db.Set<Worker>().AsNoTracking().Where(w => w.Role == Role.SocialWorker || w.Role == Role.TeamManager)
            .OrderBy(w => w.FamilyName).ThenBy(w => w.GivenName)
            .Select(w => new FilterOption(w.Id, w.GivenName + " " + w.FamilyName)).ToListAsync(cancellationToken);

        var check = await CinCensusRecordChecks.ForYearAsync(db, CollectionYear, cancellationToken);
        var childIds = check.Children.Select(c => c.ChildId).ToList();
        var accessChildren = await access.LoadManyAsync(childIds, cancellationToken);
        var allocations = (await db.Set<Allocation>().AsNoTracking()
                .Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
                .Select(a => new { a.ChildId, a.TeamId, a.WorkerId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ChildId);
        var visible = check.Children
            .Where(c => accessChildren.TryGetValue(c.ChildId, out var child) && AccessPolicy.CanView(user, child).IsAllowed)
            .Where(c => Team is not { } team || allocations[c.ChildId].Any(a => a.TeamId == team))
            .Where(c => Worker is not { } worker || allocations[c.ChildId].Any(a => a.WorkerId == worker))
            .ToList();
        ChildrenChecked = visible.Count;
        ByRule = [.. check.Rules
            .Where(r => r.Scope == CinRuleScope.Child)
            .Select(r => new RuleChildren(
                r,
                visible.Count(c => c.Issues.Any(i => i.RuleCode == r.Code)),
                visible.Sum(c => c.Issues.Count(i => i.RuleCode == r.Code))))
            .Where(r => r.Children > 0)
            .OrderBy(r => r.Rule.Severity)
            .ThenByDescending(r => r.Children)
            .ThenBy(r => r.Rule.Code, StringComparer.Ordinal)];

        if (!string.IsNullOrEmpty(Rule))
        {
            ChosenRule = check.Rules.FirstOrDefault(r => string.Equals(r.Code, Rule, StringComparison.OrdinalIgnoreCase));
            if (ChosenRule is null)
            {
                return NotFound();
            }

            var withIssues = visible
                .Select(c => new { c.ChildId, Issues = c.Issues.Where(i => i.RuleCode == ChosenRule.Code).ToList() })
                .Where(c => c.Issues.Count > 0)
                .ToList();
            var ids = withIssues.Select(c => c.ChildId).ToList();
            var names = await db.Set<Child>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.LaChildId, c.Name.GivenNames, c.Name.FamilyName })
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            var teamNames = Teams.ToDictionary(t => t.Id, t => t.Name);
            var workerNames = await db.Set<Worker>().AsNoTracking().Select(w => new { w.Id, w.GivenName, w.FamilyName })
                .ToDictionaryAsync(w => w.Id, w => $"{w.GivenName} {w.FamilyName}", cancellationToken);
            Children = [.. withIssues
                .Select(c =>
                {
                    var name = names[c.ChildId];
                    var allocation = allocations[c.ChildId].FirstOrDefault();
                    return new IssueChild(
                        c.ChildId,
                        name.LaChildId.Value,
                        $"{name.GivenNames} {name.FamilyName}",
                        allocation is null ? null : teamNames.GetValueOrDefault(allocation.TeamId),
                        allocation is null ? null : workerNames.GetValueOrDefault(allocation.WorkerId),
                        c.Issues);
                })
                .OrderBy(c => c.LaChildId, StringComparer.Ordinal)];
        }

        return Page();
    }

    /// <summary>This page's address with the current filters and the given rule.</summary>
    public string Href(string? rule)
    {
        var query = new List<string> { $"year={Uri.EscapeDataString(CollectionYear.Label)}" };
        if (Team is { } team)
        {
            query.Add($"team={team}");
        }

        if (Worker is { } worker)
        {
            query.Add($"worker={worker}");
        }

        if (rule is not null)
        {
            query.Add($"rule={Uri.EscapeDataString(rule)}");
        }

        return "/data-quality/cin?" + string.Join("&", query);
    }
}
