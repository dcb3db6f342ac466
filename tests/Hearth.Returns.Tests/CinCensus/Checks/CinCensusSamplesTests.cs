using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.TestSupport;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public class CinCensusSamplesTests
{
    [Fact]
    public void Check_CleanSample_FindsOnlyTheReturnLevelDisabilityQuery()
    {
        var result = CheckSample("samples/cin_clean_2026.xml");

        result.Problems.ShouldBeEmpty();
        var issue = result.Issues.ShouldHaveSingleItem();
        issue.RuleCode.ShouldBe("2887Q");
        issue.Severity.ShouldBe(CinIssueSeverity.Query);
        issue.IsReturnLevel.ShouldBeTrue();
    }

    [Fact]
    public void Check_DirtySample_FindsExactlyThePlantedErrors()
    {
        var result = CheckSample("samples/cin_dirty_2026.xml");

        result.Problems.ShouldBeEmpty();
        result.Issues.Select(i => (i.LAChildId, i.RuleCode)).OrderBy(i => i.RuleCode, StringComparer.Ordinal).ShouldBe(
        [
            (string.Empty, "100"),
            ("C001", "1510"),
            (string.Empty, "2887Q"),
            ("C002", "4011"),
            ("C001", "8840"),
        ]);
    }

    private static CinCensusCheckResult CheckSample(string sample)
    {
        using var reader = CinCensusReader.Open(SharedSpecs.PathTo(sample), CinCollectionYear.Year2025To26);
        return CinCensusRuleSets.For(CinCollectionYear.Year2025To26).Check(reader);
    }
}
