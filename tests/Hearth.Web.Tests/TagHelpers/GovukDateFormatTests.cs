using Hearth.Web.TagHelpers.Govuk;

namespace Hearth.Web.Tests.TagHelpers;

public sealed class GovukDateFormatTests
{
    [Theory]
    [InlineData(14, 0, "2pm")]
    [InlineData(9, 0, "9am")]
    [InlineData(9, 30, "9:30am")]
    [InlineData(17, 5, "5:05pm")]
    [InlineData(12, 0, "midday")]
    [InlineData(0, 0, "midnight")]
    [InlineData(0, 15, "12:15am")]
    public void Time_AsGovukStyleSays(int hour, int minute, string expected) =>
        GovukDateFormat.Time(new TimeOnly(hour, minute)).ShouldBe(expected);
}
