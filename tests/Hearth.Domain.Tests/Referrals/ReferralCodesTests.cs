using Hearth.Domain.Referrals;
using Hearth.TestSupport;

namespace Hearth.Domain.Tests.Referrals;

public class ReferralCodesTests
{
    private const string CinCodes = "cin/cin_census_codes_2025_26.csv";

    [Fact]
    public void PrimaryNeed_All_MatchesTheCinCensusListInOrderWithItsDescriptions()
    {
        var expected = CinList("primaryneedcodetype");

        PrimaryNeed.All.Select(n => (n.Code, n.Description)).ShouldBe(expected);
    }

    [Fact]
    public void ClosureReason_All_MatchesTheCinCensusListInOrderWithItsDescriptions()
    {
        var expected = CinList("reasonforclosuretype");

        ClosureReason.All.Select(r => (r.Code, r.Description)).ShouldBe(expected);
    }

    [Fact]
    public void ClosureReason_NoFurtherAction_IsTheCensusCodeForCaseClosedWithNoFurtherAction()
    {
        var expected = CinList("reasonforclosuretype").Single(r => r.Description.EndsWith("no further action", StringComparison.Ordinal));

        ClosureReason.NoFurtherActionAfterAssessment.Code.ShouldBe(expected.Code);
    }

    [Fact]
    public void TryCreate_UnknownCode_RefusesNamingTheCode()
    {
        PrimaryNeed.TryCreate("N10", out _, out var error).ShouldBeFalse();

        error.ShouldBe("'N10' is not a recognised code for the child's primary need");
    }

    private static List<(string Code, string Description)> CinList(string xsdType) =>
        SharedSpecs.ReadCsv(CinCodes).Where(r => r[0] == xsdType).Select(r => (r[1], r[2])).ToList();
}
