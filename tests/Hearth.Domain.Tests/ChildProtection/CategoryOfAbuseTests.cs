using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;

namespace Hearth.Domain.Tests.ChildProtection;

public class CategoryOfAbuseTests
{
    [Fact]
    public void All_MatchesTheCinCensusListInOrderWithItsDescriptions()
    {
        var expected = SharedSpecs.ReadCsv("cin/cin_census_codes_2025_26.csv")
            .Where(r => r[0] == "categoryofabusetype").Select(r => (r[1], r[2])).ToList();

        CategoryOfAbuse.All.Select(c => (c.Code, c.Description)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("neg", "Neglect")]
    [InlineData(" SAB ", "Sexual abuse")]
    public void TryCreate_KnownCodeInAnyCase_FindsTheCategory(string code, string description)
    {
        CategoryOfAbuse.TryCreate(code, out var category, out _).ShouldBeTrue();

        category!.Description.ShouldBe(description);
    }

    [Theory]
    [InlineData(null, "Select the category of abuse")]
    [InlineData("ABC", "'ABC' is not a recognised code for the category of abuse")]
    public void TryCreate_MissingOrUnknown_SaysWhatIsWrong(string? code, string message)
    {
        CategoryOfAbuse.TryCreate(code, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }
}
