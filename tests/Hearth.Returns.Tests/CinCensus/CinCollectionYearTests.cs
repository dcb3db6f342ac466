using Hearth.Returns.CinCensus;

namespace Hearth.Returns.Tests.CinCensus;

public class CinCollectionYearTests
{
    [Theory]
    [InlineData("2025-26", 2025, 4, 1, 2026, 3, 31)]
    [InlineData("2024-25", 2024, 4, 1, 2025, 3, 31)]
    public void TryParse_SupportedLabel_GivesTheCensusYearFromAprilToMarch(string label, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay)
    {
        var parsed = CinCollectionYear.TryParse(label, out var year, out var error);

        parsed.ShouldBeTrue(error);
        year!.Label.ShouldBe(label);
        year.StartDate.ShouldBe(new DateOnly(startYear, startMonth, startDay));
        year.ReferenceDate.ShouldBe(new DateOnly(endYear, endMonth, endDay));
    }

    [Theory]
    [InlineData("2019-20")]
    [InlineData("2026")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnsupportedLabel_NamesTheSupportedYears(string? label)
    {
        var parsed = CinCollectionYear.TryParse(label, out var year, out var error);

        parsed.ShouldBeFalse();
        year.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain("2025-26");
        error.ShouldContain("2024-25");
    }

    [Theory]
    [InlineData(2025, 3, 31, false)]
    [InlineData(2025, 4, 1, true)]
    [InlineData(2026, 3, 31, true)]
    [InlineData(2026, 4, 1, false)]
    public void Contains_DateAroundTheCensusYear_IsTrueFromFirstAprilToReferenceDate(int year, int month, int day, bool expected)
    {
        CinCollectionYear.Year2025To26.Contains(new DateOnly(year, month, day)).ShouldBe(expected);
    }
}
