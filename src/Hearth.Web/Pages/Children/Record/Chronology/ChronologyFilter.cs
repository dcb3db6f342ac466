using Hearth.Data.Chronology;
using Microsoft.AspNetCore.Http.Extensions;

namespace Hearth.Web.Pages.Children.Record.Chronology;

/// <summary>Which entries of the chronology to show, as the GET form posts it: kinds of event, and significant events only.</summary>
public sealed class ChronologyFilter
{
    public List<string> Category { get; set; } = [];

    public bool SignificantOnly { get; set; }

    public static IReadOnlyList<ChronologyCategory> AllCategories { get; } = Enum.GetValues<ChronologyCategory>();

    /// <summary>The kinds of event chosen; none chosen means every kind.</summary>
    public IReadOnlyList<ChronologyCategory> Chosen
    {
        get
        {
            var chosen = Category.Select(c => Enum.TryParse<ChronologyCategory>(c, out var category) && Enum.IsDefined(category) ? category : (ChronologyCategory?)null)
                .OfType<ChronologyCategory>().Distinct().ToList();
            return chosen.Count == 0 ? AllCategories : chosen;
        }
    }

    public bool IsFiltered => SignificantOnly || Chosen.Count < AllCategories.Count;

    public IReadOnlyList<ChronologyEntry> Apply(IEnumerable<ChronologyEntry> entries)
    {
        var chosen = Chosen.ToHashSet();
        return [.. entries.Where(e => chosen.Contains(e.Category) && (!SignificantOnly || e.IsSignificant))];
    }

    /// <summary>The filter as a query string, for the printable view of the same entries.</summary>
    public string ToQueryString()
    {
        var query = new QueryBuilder();
        if (Chosen.Count < AllCategories.Count)
        {
            foreach (var category in Chosen)
            {
                query.Add($"Filter.{nameof(Category)}", category.ToString());
            }
        }

        if (SignificantOnly)
        {
            query.Add($"Filter.{nameof(SignificantOnly)}", "true");
        }

        return query.ToString();
    }

    /// <summary>The filter in words, for the printed chronology.</summary>
    public string Describe()
    {
        var kinds = Chosen.Count == AllCategories.Count ? "All kinds of event" : string.Join(", ", Chosen.Select(NameOf));
        return SignificantOnly ? $"{kinds}; significant events only" : kinds;
    }

    public static string NameOf(ChronologyCategory category) => category switch
    {
        ChronologyCategory.FrontDoor => "Front door",
        ChronologyCategory.Referral => "Referrals",
        ChronologyCategory.StrategyAndEnquiry => "Strategy discussions and section 47 enquiries",
        ChronologyCategory.Assessment => "Assessments",
        ChronologyCategory.ChildInNeedPlan => "Child in need plans",
        ChronologyCategory.ChildProtection => "Child protection",
        ChronologyCategory.Visit => "Visits",
        ChronologyCategory.ManagementOversight => "Management oversight",
        ChronologyCategory.SignificantEvent => "Significant events added by workers",
        _ => category.ToString(),
    };
}
