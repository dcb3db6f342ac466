using Hearth.Data;
using Hearth.Returns.CinCensus.Checks;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// The DfE's CIN census rules run on the record as it is now: for one child (their record's census issues) or for
/// every child in the year (the data quality and returns pages). The census is built from the same snapshot and
/// builder as the export, so the record, the page and the file cannot disagree.
/// </summary>
public static class CinCensusRecordChecks
{
    /// <summary>
    /// The year a child's record is checked against on <paramref name="today"/>: the latest collection year Hearth has
    /// rules for that has started, so the record is checked by the rules the local authority will next return under.
    /// </summary>
    public static CinCollectionYear CurrentYear(DateOnly today) =>
        CinCollectionYear.Supported.LastOrDefault(y => y.StartDate <= today) ?? CinCollectionYear.Supported[0];

    /// <summary>The child's issues in the year; none when the child had no child in need activity in it.</summary>
    public static async Task<CinChildCheck> ForChildAsync(HearthDbContext db, CinCollectionYear year, Guid childId, CancellationToken cancellationToken = default)
    {
        var snapshot = await CinCensusSource.LoadChildAsync(db, year, childId, cancellationToken);
        var rules = CinCensusRuleSets.For(year);
        return CinCensusBuilder.BuildChildren(snapshot)
            .Select(c => new CinChildCheck(c.ChildId, c.Child, [.. rules.CheckChild(c.Child)]))
            .SingleOrDefault() ?? new CinChildCheck(childId, null, []);
    }

    /// <summary>Every child in the year with their issues, and the issues about the whole return.</summary>
    public static async Task<CinYearCheck> ForYearAsync(HearthDbContext db, CinCollectionYear year, CancellationToken cancellationToken = default)
    {
        var rules = CinCensusRuleSets.For(year);
        var checking = rules.StartChecking(header: null);
        var children = new List<CinChildCheck>();
        await foreach (var part in CinCensusSource.LoadInPartsAsync(db, year, cancellationToken: cancellationToken))
        {
            children.AddRange(CinCensusBuilder.BuildChildren(part).Select(built => new CinChildCheck(built.ChildId, built.Child, checking.Add(built.Child))));
        }

        return new CinYearCheck(year, children, checking.ReturnIssues(), rules.Rules);
    }
}

/// <summary>One child's census record in the year (null when they are not in it) and what the rules found.</summary>
public sealed record CinChildCheck(Guid ChildId, CinChild? Census, IReadOnlyList<CinIssue> Issues);

/// <summary>What the rules found for every child in the year, and about the return as a whole.</summary>
public sealed record CinYearCheck(CinCollectionYear Year, IReadOnlyList<CinChildCheck> Children, IReadOnlyList<CinIssue> ReturnIssues, IReadOnlyList<CinRule> Rules)
{
    public IEnumerable<CinIssue> AllIssues => Children.SelectMany(c => c.Issues).Concat(ReturnIssues);
}
