using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using static Hearth.Returns.Tests.CinCensus.Checks.CinTestData;

namespace Hearth.Returns.Tests.CinCensus.Checks;

/// <summary>
/// One test per rule code: each breaks one thing in a child (or return) that passes every rule, checks that the
/// rule finds it with its code, severity and a message naming the field, then puts it right and checks the
/// rule is satisfied. Split by module like the rules.
/// </summary>
public partial class CinCensusRules2025To26Tests
{
    private readonly CinCensusRules2025To26 _rules = new();

    [Fact]
    public void Rule100_ReferenceDateADayEarly_FoundUntilItIs31March()
    {
        var broken = Header(new DateOnly(2026, 3, 30));
        var missing = new CinHeader();
        var fixedHeader = Header(new DateOnly(2026, 3, 31));

        ShouldFind(_rules.Rule100(broken), "100", "ReferenceDate", laChildId: string.Empty);
        ShouldFind(_rules.Rule100(missing), "100", "ReferenceDate", laChildId: string.Empty);
        _rules.Rule100(fixedHeader).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1520_TwoChildrenWithOneUpn_FoundForBothUntilOneIsCorrected()
    {
        var first = ChildOnProtectionPlan();
        var second = ChildWithClosedCinPlan().WithIdentifiers(i => i with { LAChildId = "C2", Upn = first.Identifiers.Upn });

        var found = _rules.Rule1520(Totals(first, second)).ToList();
        var afterFix = _rules.Rule1520(Totals(first, second.WithIdentifiers(i => i with { Upn = "Q886210000002" })));

        found.Select(i => i.LAChildId).ShouldBe(["C1", "C2"]);
        found.ShouldAllBe(i => i.RuleCode == "1520" && i.Severity == CinIssueSeverity.Error && i.Message.Contains("UPN"));
        afterFix.ShouldBeEmpty();
    }

    [Fact]
    public void Rule8510_TwoRecordsWithOneChildId_FoundUntilOneIsRenumbered()
    {
        var first = ChildOnProtectionPlan();
        var second = ChildWithClosedCinPlan();

        ShouldFind(_rules.Rule8510(Totals(first, second)), "8510", "LAchildID");
        _rules.Rule8510(Totals(first, second.WithIdentifiers(i => i with { LAChildId = "C2" }))).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2883_PlanStartingWithNoConferenceRecorded_FoundUntilTheConferenceIsRecorded()
    {
        var broken = ChildOnProtectionPlan().WithSection47(s => s with { DateOfInitialCpc = null });

        ShouldFind(_rules.Rule2883(Totals(broken)), "2883", "DateOfInitialCPC", laChildId: string.Empty);
        _rules.Rule2883(Totals(ChildOnProtectionPlan())).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2886Q_MoreThanTwoPercentWithoutSex_FoundButNotAtTwoPercent()
    {
        var unknown = ChildOnProtectionPlan().WithIdentifiers(i => i with { Sex = "U" });
        var known = Enumerable.Range(2, 49).Select(n => ChildWithClosedCinPlan().WithIdentifiers(i => i with { LAChildId = $"C{n}" }));

        ShouldFind(_rules.Rule2886Q(Totals([unknown, .. known.Take(48)])), "2886Q", "Sex", laChildId: string.Empty);
        _rules.Rule2886Q(Totals([unknown, .. known])).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2887Q_SevenDisabilityCodesUsed_FoundUntilAnEighthIsUsed()
    {
        string[] seven = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR"];
        var broken = ChildOnProtectionPlan().WithCharacteristics(c => c with { Disabilities = seven });
        var fixedChild = broken.WithCharacteristics(c => c with { Disabilities = [.. seven, "VIS"] });

        ShouldFind(_rules.Rule2887Q(Totals(broken)), "2887Q", "Disability", laChildId: string.Empty);
        _rules.Rule2887Q(Totals(fixedChild)).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2888Q_EveryDisabledChildWithOneCode_FoundUntilOneHasTwo()
    {
        var broken = ChildOnProtectionPlan().WithCharacteristics(c => c with { Disabilities = ["MOB"] });
        var fixedChild = broken.WithCharacteristics(c => c with { Disabilities = ["MOB", "HAND"] });

        ShouldFind(_rules.Rule2888Q(Totals(broken, ChildWithClosedCinPlan())), "2888Q", "Disability", laChildId: string.Empty);
        _rules.Rule2888Q(Totals(fixedChild, ChildWithClosedCinPlan())).ShouldBeEmpty();
    }

    private static CinHeader Header(DateOnly referenceDate) =>
        new() { CollectionDetails = new CinCollectionDetails { Collection = "CIN", Year = 2026, ReferenceDate = referenceDate } };

    private static CinReturnTotals Totals(params CinChild[] children)
    {
        var totals = new CinReturnTotals(CinCollectionYear.Year2025To26);
        foreach (var child in children)
        {
            totals.Add(child);
        }

        return totals;
    }

    private static void ShouldFind(IEnumerable<CinIssue> found, string code, string field, string laChildId = "C1")
    {
        var issues = found.ToList();
        issues.ShouldNotBeEmpty($"rule {code} should have found the problem");
        var severity = code.EndsWith('Q') ? CinIssueSeverity.Query : CinIssueSeverity.Error;
        issues.ShouldAllBe(i => i.RuleCode == code && i.Severity == severity && i.LAChildId == laChildId);
        issues.ShouldAllBe(i => i.Message.Contains(field, StringComparison.Ordinal));
    }
}
