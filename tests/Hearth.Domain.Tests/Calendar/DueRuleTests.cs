using Hearth.Domain.Calendar;

using static Hearth.Domain.Tests.Calendar.Dates;

namespace Hearth.Domain.Tests.Calendar;

public class DueRuleTests
{
    private static readonly WorkingCalendar s_calendar = WorkingCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2023-01-31", 1, "2023-02-28")]
    [InlineData("2024-03-31", 1, "2024-04-30")]
    [InlineData("2024-02-29", 1, "2024-03-29")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2024-11-30", 3, "2025-02-28")]
    [InlineData("2024-08-31", 6, "2025-02-28")]
    [InlineData("2024-06-15", 3, "2024-09-15")]
    [InlineData("2024-12-15", 1, "2025-01-15")]
    public void DueDate_Months_IsCorrespondingDateOrLastDayOfShorterMonth(string start, int months, string expected)
    {
        DueRule.Months(months).DueDate(On(start), s_calendar).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-06-03", 7, "2024-06-10")]
    [InlineData("2024-06-03", 5, "2024-06-08")]
    [InlineData("2024-12-20", 7, "2024-12-27")]
    [InlineData("2024-12-25", 8, "2025-01-02")]
    public void DueDate_CalendarDays_CountsEveryDayAndDoesNotMoveOffWeekends(string start, int days, string expected)
    {
        DueRule.CalendarDays(days).DueDate(On(start), s_calendar).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-01-02", 45, "2024-03-05")]
    [InlineData("2022-05-25", 15, "2022-06-17")]
    public void DueDate_WorkingDays_SkipsWeekendsAndBankHolidays(string start, int workingDays, string expected)
    {
        DueRule.WorkingDays(workingDays).DueDate(On(start), s_calendar).ShouldBe(On(expected));
    }

    [Theory]
    [InlineData("2024-06-14T18:30:00+01:00", 72, "2024-06-17T18:30:00+01:00")]
    [InlineData("2024-03-30T12:00:00+00:00", 24, "2024-03-31T13:00:00+01:00")]
    [InlineData("2024-10-26T12:00:00+01:00", 24, "2024-10-27T11:00:00+00:00")]
    public void DueAt_Hours_CountsElapsedHoursWhateverTheDay(string start, int hours, string expected)
    {
        DueRule.Hours(hours).DueAt(At(start), s_calendar).ShouldBe(At(expected));
    }

    [Fact]
    public void DueAt_WorkingTime_StartsTheClockAtTheNextOpening()
    {
        var due = DueRule.WorkingTime(1).DueAt(At("2024-06-14T18:30:00+01:00"), s_calendar);

        due.ShouldBe(At("2024-06-18T09:00:00+01:00"));
    }

    [Fact]
    public void DueDate_RuleCountingFromTime_Throws()
    {
        Should.Throw<InvalidOperationException>(() => DueRule.WorkingTime(1).DueDate(On("2024-06-10"), s_calendar));
    }

    [Fact]
    public void DueAt_RuleCountingFromDate_Throws()
    {
        Should.Throw<InvalidOperationException>(() => DueRule.WorkingDays(1).DueAt(At("2024-06-10T10:00:00+01:00"), s_calendar));
    }

    [Fact]
    public void Create_NegativeAmount_Throws()
    {
        var thrown = Should.Throw<ArgumentOutOfRangeException>(() => DueRule.WorkingDays(-1));

        thrown.Message.ShouldContain("cannot be a negative number");
    }

    [Fact]
    public void Create_UndefinedKind_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DueRule.Create((DueRuleKind)99, 1));
    }

    [Fact]
    public void Equals_SameKindAndAmount_IsEqual()
    {
        DueRule.Create(DueRuleKind.WorkingDays, 45).ShouldBe(DueRule.WorkingDays(45));
        DueRule.WorkingDays(45).ShouldNotBe(DueRule.CalendarDays(45));
    }

    [Theory]
    [InlineData(DueRuleKind.WorkingDays, 1, "1 working day")]
    [InlineData(DueRuleKind.WorkingDays, 45, "45 working days")]
    [InlineData(DueRuleKind.CalendarDays, 7, "7 calendar days")]
    [InlineData(DueRuleKind.Months, 1, "1 month")]
    [InlineData(DueRuleKind.Months, 3, "3 months")]
    [InlineData(DueRuleKind.WorkingTime, 1, "1 working day, to the hour")]
    [InlineData(DueRuleKind.Hours, 72, "72 hours")]
    public void ToString_Rule_ReadsAsGuidanceWouldSayIt(DueRuleKind kind, int amount, string expected)
    {
        DueRule.Create(kind, amount).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(DueRuleKind.WorkingDays, false, true)]
    [InlineData(DueRuleKind.CalendarDays, false, false)]
    [InlineData(DueRuleKind.Months, false, false)]
    [InlineData(DueRuleKind.WorkingTime, true, true)]
    [InlineData(DueRuleKind.Hours, true, false)]
    public void Kind_Rule_SaysWhetherItCountsFromTimeAndInWorkingDays(DueRuleKind kind, bool countsFromTime, bool countsWorkingDays)
    {
        var rule = DueRule.Create(kind, 1);

        rule.CountsFromTime.ShouldBe(countsFromTime);
        rule.CountsWorkingDays.ShouldBe(countsWorkingDays);
    }
}
