using Hearth.Domain.Assessments;
using Hearth.TestSupport;

namespace Hearth.Domain.Tests.Assessments;

public class AssessmentFactorTests
{
    [Fact]
    public void All_MatchesTheCinCensusAssessmentFactorListInOrder()
    {
        var expected = SharedSpecs.ReadCsv("cin/cin_census_codes_2025_26.csv")
            .Where(r => r[0] == "assessmentfactorstype")
            .Select(r => (r[1], r[2]));

        AssessmentFactor.All.Select(f => (f.Code, f.Description)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1B", "Alcohol misuse")]
    [InlineData("18A", "Abuse or neglect – ‘PHYSICAL ABUSE’")]
    [InlineData("18C", "Abuse or neglect – ‘PHYSICAL ABUSE’")]
    [InlineData("21", "No factors identified")]
    [InlineData("22A", "Female genital mutilation (FGM)")]
    [InlineData("20", "Other")]
    public void Group_IsTheWordsBeforeTheDetail(string code, string group)
    {
        AssessmentFactor.Create(code).Group.ShouldBe(group);
    }

    [Fact]
    public void TryCreate_UnknownCode_RefusesNamingTheCode()
    {
        AssessmentFactor.TryCreate("25A", out _, out var error).ShouldBeFalse();

        error.ShouldBe("'25A' is not a recognised code for an assessment factor");
    }
}
