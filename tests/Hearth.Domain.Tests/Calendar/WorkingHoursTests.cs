using Hearth.Domain.Calendar;

namespace Hearth.Domain.Tests.Calendar;

public class WorkingHoursTests
{
    [Theory]
    [InlineData(17, 0, 9, 0)]
    [InlineData(9, 0, 9, 0)]
    public void Constructor_ClosesNotAfterOpens_Throws(int opensHour, int opensMinute, int closesHour, int closesMinute)
    {
        var thrown = Should.Throw<ArgumentException>(() => new WorkingHours(new TimeOnly(opensHour, opensMinute), new TimeOnly(closesHour, closesMinute)));

        thrown.Message.ShouldContain("must close after it opens");
    }

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(12, 30, true)]
    [InlineData(16, 59, true)]
    [InlineData(17, 0, false)]
    [InlineData(23, 0, false)]
    public void Contains_StandardHours_IncludesOpeningButNotClosing(int hour, int minute, bool expected)
    {
        WorkingHours.Standard.Contains(new TimeOnly(hour, minute)).ShouldBe(expected);
    }
}
