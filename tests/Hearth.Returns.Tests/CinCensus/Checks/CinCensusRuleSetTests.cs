using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.TestSupport;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public class CinCensusRuleSetTests
{
    private const string DfeRules = "cin/cin_rules_cin2025_26.csv";

    [Fact]
    public void Rules_2025To26_AreExactlyThePublishedRulesWithTheirTypeAndMessage()
    {
        var published = SharedSpecs.ReadCsv(DfeRules)
            .Select(r => (Code: r[0], Severity: r[1] == "QUERY" ? CinIssueSeverity.Query : CinIssueSeverity.Error, Message: r[2]))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        var implemented = new CinCensusRules2025To26().Rules
            .Select(r => (r.Code, r.Severity, Message: r.DfeMessage))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        published.Count.ShouldBe(109);
        implemented.ShouldBe(published);
    }

    [Fact]
    public void Rules_EveryCode_HasItsOwnTest()
    {
        var tested = typeof(CinCensusRules2025To26Tests).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0)
            .Select(m => m.Name.Split('_')[0])
            .Where(n => n.StartsWith("Rule", StringComparison.Ordinal))
            .Select(n => n["Rule".Length..])
            .ToList();

        var codes = new CinCensusRules2025To26().Rules.Select(r => r.Code);

        tested.Order(StringComparer.Ordinal).ShouldBe(codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rules_QueryCodes_EndInQAndNoOthersDo()
    {
        var rules = new CinCensusRules2025To26().Rules;

        rules.ShouldAllBe(r => r.Code.EndsWith('Q') == (r.Severity == CinIssueSeverity.Query));
    }

    [Theory]
    [InlineData("2025-26")]
    [InlineData("2024-25")]
    public void For_SupportedYear_GivesRulesDatedForThatYear(string label)
    {
        CinCollectionYear.TryParse(label, out var year, out _).ShouldBeTrue();

        var rules = CinCensusRuleSets.For(year!);

        rules.Year.ShouldBe(year);
        rules.Rules.Count.ShouldBe(109);
    }

    [Fact]
    public void CheckChild_TestChildren_PassEveryRuleSoEachRuleTestBreaksOneThing()
    {
        var rules = new CinCensusRules2025To26();

        rules.CheckChild(CinTestData.ChildOnProtectionPlan()).ShouldBeEmpty();
        rules.CheckChild(CinTestData.ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void CheckChild_AChildAlone_RunsOnlyTheChildRules()
    {
        var rules = new CinCensusRules2025To26();
        var child = CinTestData.ChildOnProtectionPlan().WithProtectionPlan(p => p with { EndDate = p.StartDate });

        var issues = rules.CheckChild(child).ToList();

        issues.Select(i => i.RuleCode).ShouldBe(["8840"]);
        rules.Rules.Where(r => r.Scope == CinRuleScope.Child).Count().ShouldBe(102);
    }
}
