using Hearth.Domain.Calendar;

using static Hearth.Domain.Tests.Calendar.Dates;

namespace Hearth.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar s_calendar = WorkingCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2024-03-28", true)]
    [InlineData("2024-03-29", false)]
    [InlineData("2024-03-30", false)]
    [InlineData("2024-03-31", false)]
    [InlineData("2024-04-01", false)]
    [InlineData("2024-04-02", true)]
    [InlineData("2020-05-04", true)]
    [InlineData("2020-05-08", false)]
    [InlineData("2022-05-30", true)]
    [InlineData("2022-06-02", false)]
    [InlineData("2022-06-03", false)]
    [InlineData("2022-09-19", false)]
    [InlineData("2023-05-08", false)]
    [InlineData("2011-04-29", false)]
    [InlineData("2002-06-03", false)]
    [InlineData("2002-06-04", false)]
    [InlineData("2012-06-04", false)]
    [InlineData("2012-06-05", false)]
    [InlineData("2020-12-28", false)]
    [InlineData("2021-12-27", false)]
    [InlineData("2021-12-28", false)]
    [InlineData("2021-12-31", true)]
    [InlineData("2022-01-03", false)]
    [InlineData("2000-01-03", false)]
    [InlineData("2000-01-04", true)]
    [InlineData("2040-12-31", true)]
    public void IsWorkingDay_Date_IsWeekdayThatIsNotABankHoliday(string date, bool expected)
    {
        s_calendar.IsWorkingDay(On(date)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-06-10", 1, "2024-06-11")]
    [InlineData("2024-06-07", 1, "2024-06-10")]
    [InlineData("2024-06-08", 1, "2024-06-10")]
    [InlineData("2024-06-09", 1, "2024-06-10")]
    [InlineData("2024-06-08", 0, "2024-06-08")]
    [InlineData("2024-03-28", 1, "2024-04-02")]
    [InlineData("2024-05-24", 1, "2024-05-28")]
    [InlineData("2024-05-27", 1, "2024-05-28")]
    [InlineData("2024-12-24", 1, "2024-12-27")]
    [InlineData("2024-12-31", 1, "2025-01-02")]
    [InlineData("2020-12-24", 1, "2020-12-29")]
    [InlineData("2021-12-24", 1, "2021-12-29")]
    [InlineData("2021-12-31", 1, "2022-01-04")]
    [InlineData("2022-12-30", 1, "2023-01-03")]
    [InlineData("2020-05-07", 1, "2020-05-11")]
    [InlineData("2022-06-01", 1, "2022-06-06")]
    [InlineData("2022-09-16", 1, "2022-09-20")]
    [InlineData("2023-05-05", 1, "2023-05-09")]
    [InlineData("2011-04-28", 1, "2011-05-03")]
    [InlineData("2012-06-01", 1, "2012-06-06")]
    [InlineData("2002-05-31", 1, "2002-06-05")]
    [InlineData("2024-01-02", 45, "2024-03-05")]
    [InlineData("2024-03-01", 20, "2024-04-02")]
    [InlineData("2024-12-02", 20, "2025-01-02")]
    [InlineData("2022-05-25", 15, "2022-06-17")]
    public void AddWorkingDays_Forwards_SkipsWeekendsAndBankHolidays(string date, int workingDays, string expected)
    {
        s_calendar.AddWorkingDays(On(date), workingDays).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-06-11", -1, "2024-06-10")]
    [InlineData("2024-06-10", -1, "2024-06-07")]
    [InlineData("2024-06-09", -1, "2024-06-07")]
    [InlineData("2024-06-08", -1, "2024-06-07")]
    [InlineData("2024-04-02", -1, "2024-03-28")]
    [InlineData("2024-05-27", -1, "2024-05-24")]
    [InlineData("2025-01-02", -1, "2024-12-31")]
    [InlineData("2022-01-04", -1, "2021-12-31")]
    [InlineData("2022-01-04", -2, "2021-12-30")]
    [InlineData("2023-05-09", -1, "2023-05-05")]
    [InlineData("2022-06-06", -1, "2022-06-01")]
    [InlineData("2024-03-05", -45, "2024-01-02")]
    public void AddWorkingDays_Backwards_SkipsWeekendsAndBankHolidays(string date, int workingDays, string expected)
    {
        s_calendar.AddWorkingDays(On(date), workingDays).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-06-07", "2024-06-10")]
    [InlineData("2024-06-08", "2024-06-10")]
    [InlineData("2024-03-28", "2024-04-02")]
    [InlineData("2024-12-24", "2024-12-27")]
    [InlineData("2022-12-30", "2023-01-03")]
    public void NextWorkingDay_Date_IsFirstWorkingDayAfterIt(string date, string expected)
    {
        s_calendar.NextWorkingDay(On(date)).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-06-10", "2024-06-10", 0)]
    [InlineData("2024-06-10", "2024-06-11", 1)]
    [InlineData("2024-06-07", "2024-06-10", 1)]
    [InlineData("2024-06-07", "2024-06-08", 0)]
    [InlineData("2024-06-08", "2024-06-09", 0)]
    [InlineData("2024-06-08", "2024-06-10", 1)]
    [InlineData("2024-03-28", "2024-04-02", 1)]
    [InlineData("2024-12-24", "2025-01-02", 4)]
    [InlineData("2022-06-01", "2022-06-06", 1)]
    [InlineData("2024-01-02", "2024-03-05", 45)]
    [InlineData("2023-12-31", "2024-12-31", 254)]
    [InlineData("2021-12-31", "2022-12-31", 250)]
    public void WorkingDaysBetween_FromAndTo_CountsDaysAfterFromUpToAndIncludingTo(string from, string to, int expected)
    {
        s_calendar.WorkingDaysBetween(On(from), On(to)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-06-10", "2024-06-11")]
    [InlineData("2024-06-07", "2024-06-10")]
    [InlineData("2024-06-07", "2024-06-08")]
    [InlineData("2024-03-28", "2024-04-02")]
    [InlineData("2024-12-24", "2025-01-02")]
    [InlineData("2024-01-02", "2024-03-05")]
    public void WorkingDaysBetween_Reversed_IsTheNegative(string from, string to)
    {
        var forwards = s_calendar.WorkingDaysBetween(On(from), On(to));

        var backwards = s_calendar.WorkingDaysBetween(On(to), On(from));

        backwards.ShouldBe(-forwards);
    }

    [Theory]
    [InlineData("2024-03-27", "2024-03-30", "2024-04-05")]
    [InlineData("2024-12-20", "2024-12-25", "2025-01-06")]
    [InlineData("2024-06-15", "2024-06-08", "2024-06-01")]
    public void WorkingDaysBetween_ConsecutiveSpans_AddUp(string first, string second, string third)
    {
        var total = s_calendar.WorkingDaysBetween(On(first), On(third));

        var parts = s_calendar.WorkingDaysBetween(On(first), On(second)) + s_calendar.WorkingDaysBetween(On(second), On(third));

        parts.ShouldBe(total);
    }

    [Theory]
    [InlineData("2024-01-02", 45)]
    [InlineData("2024-06-08", 10)]
    [InlineData("2022-05-27", 15)]
    [InlineData("2024-12-20", 20)]
    public void WorkingDaysBetween_StartAndItsDueDate_IsTheWorkingDaysAdded(string referral, int workingDays)
    {
        var due = s_calendar.AddWorkingDays(On(referral), workingDays);

        s_calendar.WorkingDaysBetween(On(referral), due).ShouldBe(workingDays);
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2041-01-01")]
    public void IsWorkingDay_OutsideYearsCovered_Throws(string date)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => s_calendar.IsWorkingDay(On(date)));
    }

    [Theory]
    [InlineData("2040-12-31", 1)]
    [InlineData("2000-01-04", -1)]
    [InlineData("2040-12-01", 30)]
    public void AddWorkingDays_ResultOutsideYearsCovered_Throws(string date, int workingDays)
    {
        var thrown = Should.Throw<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(On(date), workingDays));

        thrown.Message.ShouldContain("goes outside 1 January 2000 to 31 December 2040");
    }

    [Fact]
    public void AddWorkingDays_LastWorkingDaysCovered_AreReached()
    {
        s_calendar.AddWorkingDays(On("2040-12-28"), 1).ShouldBe(On("2040-12-31"));
        s_calendar.AddWorkingDays(On("2000-01-05"), -1).ShouldBe(On("2000-01-04"));
    }

    [Fact]
    public void WorkingDaysBetween_EndOutsideYearsCovered_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => s_calendar.WorkingDaysBetween(On("2040-12-31"), On("2041-01-02")));
    }

    [Theory]
    [InlineData("2024-06-14T23:30:00Z", "2024-06-15")]
    [InlineData("2024-12-14T23:30:00Z", "2024-12-14")]
    [InlineData("2024-03-31T00:30:00Z", "2024-03-31")]
    [InlineData("2024-10-26T23:30:00Z", "2024-10-27")]
    public void LocalDate_Instant_IsTheDateInLondon(string instant, string expected)
    {
        WorkingCalendar.LocalDate(At(instant)).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-06-10T09:30:00+01:00", true)]
    [InlineData("2024-06-10T08:30:00Z", true)]
    [InlineData("2024-06-10T08:30:00+01:00", false)]
    [InlineData("2024-12-10T08:30:00Z", false)]
    [InlineData("2024-12-10T09:00:00Z", true)]
    [InlineData("2024-06-10T16:59:00+01:00", true)]
    [InlineData("2024-06-10T17:00:00+01:00", false)]
    [InlineData("2024-06-10T16:30:00Z", false)]
    [InlineData("2024-05-27T12:00:00+01:00", false)]
    [InlineData("2024-06-15T12:00:00+01:00", false)]
    public void IsWithinWorkingHours_Instant_IsNineToFiveLondonTimeOnWorkingDays(string instant, bool expected)
    {
        s_calendar.IsWithinWorkingHours(At(instant)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-06-10T10:00:00+01:00", "2024-06-10T10:00:00+01:00")]
    [InlineData("2024-06-10T09:00:00+01:00", "2024-06-10T09:00:00+01:00")]
    [InlineData("2024-06-10T07:45:00+01:00", "2024-06-10T09:00:00+01:00")]
    [InlineData("2024-06-10T17:00:00+01:00", "2024-06-11T09:00:00+01:00")]
    [InlineData("2024-06-14T18:30:00+01:00", "2024-06-17T09:00:00+01:00")]
    [InlineData("2024-06-15T11:00:00+01:00", "2024-06-17T09:00:00+01:00")]
    [InlineData("2024-06-16T23:59:00+01:00", "2024-06-17T09:00:00+01:00")]
    [InlineData("2024-05-27T10:00:00+01:00", "2024-05-28T09:00:00+01:00")]
    [InlineData("2024-03-28T17:15:00+00:00", "2024-04-02T09:00:00+01:00")]
    [InlineData("2024-10-25T19:00:00+01:00", "2024-10-28T09:00:00+00:00")]
    [InlineData("2024-12-31T17:30:00+00:00", "2025-01-02T09:00:00+00:00")]
    [InlineData("2024-06-14T23:30:00Z", "2024-06-17T09:00:00+01:00")]
    public void ClockStartsAt_Received_IsThatInstantInHoursOrTheNextOpening(string received, string expected)
    {
        var clockStarts = s_calendar.ClockStartsAt(At(received));

        clockStarts.ShouldBe(At(expected));
        clockStarts.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("2024-06-10T10:00:00+01:00", 1, "2024-06-11T10:00:00+01:00")]
    [InlineData("2024-06-14T15:00:00+01:00", 1, "2024-06-17T15:00:00+01:00")]
    [InlineData("2024-06-14T18:30:00+01:00", 1, "2024-06-18T09:00:00+01:00")]
    [InlineData("2024-06-15T11:00:00+01:00", 1, "2024-06-18T09:00:00+01:00")]
    [InlineData("2024-06-16T23:59:00+01:00", 1, "2024-06-18T09:00:00+01:00")]
    [InlineData("2024-06-11T07:45:00+01:00", 1, "2024-06-12T09:00:00+01:00")]
    [InlineData("2024-06-11T09:00:00+01:00", 1, "2024-06-12T09:00:00+01:00")]
    [InlineData("2024-06-11T16:59:00+01:00", 1, "2024-06-12T16:59:00+01:00")]
    [InlineData("2024-06-11T17:00:00+01:00", 1, "2024-06-13T09:00:00+01:00")]
    [InlineData("2024-06-10T08:30:00Z", 1, "2024-06-11T09:30:00+01:00")]
    [InlineData("2024-06-10T16:30:00Z", 1, "2024-06-12T09:00:00+01:00")]
    [InlineData("2024-05-24T15:00:00+01:00", 1, "2024-05-28T15:00:00+01:00")]
    [InlineData("2024-05-27T10:00:00+01:00", 1, "2024-05-29T09:00:00+01:00")]
    [InlineData("2024-03-28T16:00:00+00:00", 1, "2024-04-02T16:00:00+01:00")]
    [InlineData("2024-03-28T17:15:00+00:00", 1, "2024-04-03T09:00:00+01:00")]
    [InlineData("2024-10-25T15:00:00+01:00", 1, "2024-10-28T15:00:00+00:00")]
    [InlineData("2024-10-25T19:00:00+01:00", 1, "2024-10-29T09:00:00+00:00")]
    [InlineData("2024-12-24T16:00:00+00:00", 1, "2024-12-27T16:00:00+00:00")]
    [InlineData("2024-12-31T17:30:00+00:00", 1, "2025-01-03T09:00:00+00:00")]
    [InlineData("2022-06-01T14:00:00+01:00", 1, "2022-06-06T14:00:00+01:00")]
    [InlineData("2022-09-16T18:00:00+01:00", 1, "2022-09-21T09:00:00+01:00")]
    [InlineData("2023-05-05T12:00:00+01:00", 1, "2023-05-09T12:00:00+01:00")]
    [InlineData("2020-05-07T16:30:00+01:00", 1, "2020-05-11T16:30:00+01:00")]
    [InlineData("2021-12-24T10:00:00+00:00", 1, "2021-12-29T10:00:00+00:00")]
    [InlineData("2024-06-14T15:00:00+01:00", 2, "2024-06-18T15:00:00+01:00")]
    [InlineData("2024-06-14T18:30:00+01:00", 0, "2024-06-17T09:00:00+01:00")]
    public void AddWorkingTime_Received_IsSameLocalTimeWorkingDaysAfterTheClockStarts(string received, int workingDays, string expected)
    {
        var due = s_calendar.AddWorkingTime(At(received), workingDays);

        due.ShouldBe(At(expected));
    }

    [Fact]
    public void AddWorkingTime_AcrossTheClocksGoingForward_IsAnHourLessThanFiveDaysElapsed()
    {
        var received = At("2024-03-28T16:00:00+00:00");

        var due = s_calendar.AddWorkingTime(received, 1);

        (due - received).ShouldBe(TimeSpan.FromHours((5 * 24) - 1));
    }

    [Fact]
    public void AddWorkingTime_NegativeWorkingDays_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingTime(At("2024-06-10T10:00:00+01:00"), -1));
    }

    [Theory]
    [InlineData("2024-06-14T17:15:00+01:00", "2024-06-17T17:15:00+01:00")]
    [InlineData("2024-06-14T17:45:00+01:00", "2024-06-18T08:30:00+01:00")]
    [InlineData("2024-06-17T08:15:00+01:00", "2024-06-18T08:30:00+01:00")]
    public void AddWorkingTime_LocalWorkingHours_UsesThem(string received, string expected)
    {
        var calendar = s_calendar.WithWorkingHours(new WorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 30)));

        calendar.AddWorkingTime(At(received), 1).ShouldBe(At(expected));
    }

    [Fact]
    public void WithWorkingHours_SameHours_ReturnsTheSameCalendar()
    {
        s_calendar.WithWorkingHours(new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0))).ShouldBeSameAs(s_calendar);
    }
}
