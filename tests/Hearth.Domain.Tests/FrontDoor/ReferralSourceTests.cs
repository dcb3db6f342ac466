using Hearth.Domain.FrontDoor;
using Hearth.TestSupport;

namespace Hearth.Domain.Tests.FrontDoor;

public class ReferralSourceTests
{
    [Fact]
    public void All_MatchesTheCinCensusReferralSourceListInOrder()
    {
        // The census list opens 5D's description with a stray bracket; Hearth shows it without.
        var expected = SharedSpecs.ReadCsv("cin/cin_census_codes_2025_26.csv")
            .Where(r => r[0] == "referralsourcetype")
            .Select(r => (r[1], r[2].TrimStart('(')));

        ReferralSource.All.Select(s => (s.Code, s.Description)).ShouldBe(expected);
    }

    [Fact]
    public void TryCreate_LowerCaseCode_FindsTheSource()
    {
        ReferralSource.TryCreate(" 3a ", out var source, out _).ShouldBeTrue();

        source.ShouldBe(ReferralSource.GeneralPractitioner);
    }

    [Fact]
    public void TryCreate_UnknownCode_RefusesNamingTheCode()
    {
        ReferralSource.TryCreate("11", out _, out var error).ShouldBeFalse();

        error.ShouldBe("'11' is not a recognised code for the source of the contact");
    }

    [Fact]
    public void TryCreate_Blank_AsksForASelection()
    {
        ReferralSource.TryCreate(null, out _, out var error).ShouldBeFalse();

        error.ShouldBe("Select the source of the contact");
    }
}
