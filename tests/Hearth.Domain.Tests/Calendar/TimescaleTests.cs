using Hearth.Domain.Calendar;

using static Hearth.Domain.Tests.Calendar.Dates;

namespace Hearth.Domain.Tests.Calendar;

public class TimescaleTests
{
    private static readonly Timescale s_contactDecision = Timescales.Standard.ContactDecision;

    [Theory]
    [InlineData("2024-06-03", TimescaleStatus.NotYetDue, 5)]
    [InlineData("2024-06-05", TimescaleStatus.NotYetDue, 3)]
    [InlineData("2024-06-06", TimescaleStatus.DueSoon, 2)]
    [InlineData("2024-06-08", TimescaleStatus.DueSoon, 1)]
    [InlineData("2024-06-10", TimescaleStatus.DueToday, 0)]
    [InlineData("2024-06-11", TimescaleStatus.Overdue, -1)]
    [InlineData("2024-06-15", TimescaleStatus.Overdue, -4)]
    public void Evaluate_WorkingDaysOpen_StatusAndWorkingDaysLeft(string today, TimescaleStatus status, int daysLeft)
    {
        var timescale = Build(DueRule.WorkingDays(5));

        var evaluation = timescale.Evaluate(On("2024-06-03"), metOn: null, On(today));

        evaluation.DueDate.ShouldBe(On("2024-06-10"));
        evaluation.Status.ShouldBe(status);
        evaluation.DaysLeft.ShouldBe(daysLeft);
        evaluation.DueAt.ShouldBeNull();
        evaluation.TimeLeft.ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-06-07", TimescaleStatus.MetInTime, 1)]
    [InlineData("2024-06-10", TimescaleStatus.MetInTime, 0)]
    [InlineData("2024-06-11", TimescaleStatus.MetLate, -1)]
    [InlineData("2024-06-12", TimescaleStatus.MetLate, -2)]
    public void Evaluate_WorkingDaysMet_StatusAndWorkingDaysSpareOrLate(string metOn, TimescaleStatus status, int daysLeft)
    {
        var timescale = Build(DueRule.WorkingDays(5));

        var evaluation = timescale.Evaluate(On("2024-06-03"), On(metOn), On("2024-06-20"));

        evaluation.Status.ShouldBe(status);
        evaluation.DaysLeft.ShouldBe(daysLeft);
        evaluation.IsMet.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-06-07", TimescaleStatus.NotYetDue, 3)]
    [InlineData("2024-06-08", TimescaleStatus.DueSoon, 2)]
    [InlineData("2024-06-10", TimescaleStatus.DueToday, 0)]
    [InlineData("2024-06-11", TimescaleStatus.Overdue, -1)]
    public void Evaluate_CalendarDaysOpen_CountsCalendarDaysLeft(string today, TimescaleStatus status, int daysLeft)
    {
        var timescale = Build(DueRule.CalendarDays(7));

        var evaluation = timescale.Evaluate(On("2024-06-03"), metOn: null, On(today));

        evaluation.DueDate.ShouldBe(On("2024-06-10"));
        evaluation.Status.ShouldBe(status);
        evaluation.DaysLeft.ShouldBe(daysLeft);
    }

    [Theory]
    [InlineData("2024-02-26", TimescaleStatus.NotYetDue, 3)]
    [InlineData("2024-02-27", TimescaleStatus.DueSoon, 2)]
    [InlineData("2024-02-29", TimescaleStatus.DueToday, 0)]
    [InlineData("2024-03-01", TimescaleStatus.Overdue, -1)]
    public void Evaluate_OneMonthFrom31January_DueOnLastDayOfFebruary(string today, TimescaleStatus status, int daysLeft)
    {
        var timescale = Build(DueRule.Months(1));

        var evaluation = timescale.Evaluate(On("2024-01-31"), metOn: null, On(today));

        evaluation.DueDate.ShouldBe(On("2024-02-29"));
        evaluation.Status.ShouldBe(status);
        evaluation.DaysLeft.ShouldBe(daysLeft);
    }

    [Fact]
    public void Evaluate_DueSoonWindowWidened_IsDueSoonEarlier()
    {
        var timescale = Build(DueRule.WorkingDays(5)).WithDueSoonWithin(4);

        var evaluation = timescale.Evaluate(On("2024-06-03"), metOn: null, On("2024-06-04"));

        evaluation.Status.ShouldBe(TimescaleStatus.DueSoon);
    }

    [Fact]
    public void Evaluate_DueSoonWindowZero_IsNeverDueSoon()
    {
        var timescale = Build(DueRule.WorkingDays(5)).WithDueSoonWithin(0);

        var evaluation = timescale.Evaluate(On("2024-06-03"), metOn: null, On("2024-06-07"));

        evaluation.Status.ShouldBe(TimescaleStatus.NotYetDue);
    }

    [Theory]
    [InlineData("2024-06-14T19:00:00+01:00", TimescaleStatus.NotYetDue, 86)]
    [InlineData("2024-06-15T10:00:00+01:00", TimescaleStatus.NotYetDue, 71)]
    [InlineData("2024-06-17T10:00:00+01:00", TimescaleStatus.DueSoon, 23)]
    [InlineData("2024-06-18T08:00:00+01:00", TimescaleStatus.DueToday, 1)]
    [InlineData("2024-06-18T09:00:00+01:00", TimescaleStatus.DueToday, 0)]
    [InlineData("2024-06-18T10:00:00+01:00", TimescaleStatus.Overdue, -1)]
    [InlineData("2024-06-19T09:00:00+01:00", TimescaleStatus.Overdue, -24)]
    public void Evaluate_ContactReceivedFridayEveningOpen_DueTuesdayAtNine(string now, TimescaleStatus status, int hoursLeft)
    {
        var evaluation = s_contactDecision.Evaluate(At("2024-06-14T18:30:00+01:00"), metAt: null, At(now));

        evaluation.DueAt.ShouldBe(At("2024-06-18T09:00:00+01:00"));
        evaluation.DueDate.ShouldBe(On("2024-06-18"));
        evaluation.Status.ShouldBe(status);
        evaluation.TimeLeft.ShouldBe(TimeSpan.FromHours(hoursLeft));
        evaluation.DaysLeft.ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-06-17T16:00:00+01:00", TimescaleStatus.MetInTime, 17 * 60)]
    [InlineData("2024-06-18T09:00:00+01:00", TimescaleStatus.MetInTime, 0)]
    [InlineData("2024-06-18T09:01:00+01:00", TimescaleStatus.MetLate, -1)]
    [InlineData("2024-06-18T08:01:00Z", TimescaleStatus.MetLate, -1)]
    public void Evaluate_ContactReceivedFridayEveningDecided_MetInTimeOrLate(string decidedAt, TimescaleStatus status, int minutesLeft)
    {
        var evaluation = s_contactDecision.Evaluate(At("2024-06-14T18:30:00+01:00"), At(decidedAt), At("2024-06-25T12:00:00+01:00"));

        evaluation.Status.ShouldBe(status);
        evaluation.TimeLeft.ShouldBe(TimeSpan.FromMinutes(minutesLeft));
    }

    [Theory]
    [InlineData("2024-06-10T10:00:00+01:00", "2024-06-11T10:00:00+01:00")]
    [InlineData("2024-06-14T15:00:00+01:00", "2024-06-17T15:00:00+01:00")]
    [InlineData("2024-06-15T14:00:00+01:00", "2024-06-18T09:00:00+01:00")]
    [InlineData("2024-06-11T07:00:00+01:00", "2024-06-12T09:00:00+01:00")]
    [InlineData("2024-05-24T15:00:00+01:00", "2024-05-28T15:00:00+01:00")]
    [InlineData("2024-05-27T11:00:00+01:00", "2024-05-29T09:00:00+01:00")]
    [InlineData("2024-03-28T16:00:00+00:00", "2024-04-02T16:00:00+01:00")]
    [InlineData("2024-10-25T15:00:00+01:00", "2024-10-28T15:00:00+00:00")]
    [InlineData("2024-12-31T17:30:00+00:00", "2025-01-03T09:00:00+00:00")]
    public void Evaluate_ContactDecision_DueOneWorkingDayAfterTheClockStarts(string received, string expected)
    {
        var evaluation = s_contactDecision.Evaluate(At(received), metAt: null, At(received));

        evaluation.DueAt.ShouldBe(At(expected));
    }

    [Fact]
    public void Evaluate_ContactDecisionReceivedMondayMorning_IsDueSoonThatDay()
    {
        var evaluation = s_contactDecision.Evaluate(At("2024-06-10T10:00:00+01:00"), metAt: null, At("2024-06-10T10:05:00+01:00"));

        evaluation.Status.ShouldBe(TimescaleStatus.DueSoon);
    }

    [Fact]
    public void Evaluate_HoursRule_CountsElapsedTimeAndCalendarDaysForDueSoon()
    {
        var timescale = Build(DueRule.Hours(72));

        var evaluation = timescale.Evaluate(At("2024-06-14T18:30:00+01:00"), metAt: null, At("2024-06-15T18:30:00+01:00"));

        evaluation.DueAt.ShouldBe(At("2024-06-17T18:30:00+01:00"));
        evaluation.Status.ShouldBe(TimescaleStatus.DueSoon);
        evaluation.TimeLeft.ShouldBe(TimeSpan.FromHours(48));
    }

    [Fact]
    public void Evaluate_DateRuleWithInstants_UsesLondonDates()
    {
        var timescale = Build(DueRule.CalendarDays(1));

        var evaluation = timescale.Evaluate(At("2024-06-14T23:30:00Z"), metAt: null, At("2024-06-16T23:30:00Z"));

        evaluation.DueDate.ShouldBe(On("2024-06-16"));
        evaluation.DueAt.ShouldBeNull();
        evaluation.Status.ShouldBe(TimescaleStatus.Overdue);
        evaluation.DaysLeft.ShouldBe(-1);
    }

    [Fact]
    public void Evaluate_DateRuleWithInstantsMet_UsesLondonDateOfTheStopEvent()
    {
        var timescale = Build(DueRule.WorkingDays(1));

        var evaluation = timescale.Evaluate(At("2024-06-13T10:00:00+01:00"), At("2024-06-14T23:30:00Z"), At("2024-06-20T10:00:00+01:00"));

        evaluation.DueDate.ShouldBe(On("2024-06-14"));
        evaluation.Status.ShouldBe(TimescaleStatus.MetLate);
    }

    [Fact]
    public void Evaluate_TimeRuleWithDates_ThrowsSayingInstantsAreNeeded()
    {
        var thrown = Should.Throw<InvalidOperationException>(() => s_contactDecision.Evaluate(On("2024-06-10"), metOn: null, On("2024-06-10")));

        thrown.Message.ShouldContain("must be evaluated with instants");
    }

    [Theory]
    [InlineData(TimescaleStatus.NotYetDue, false, false)]
    [InlineData(TimescaleStatus.DueSoon, false, false)]
    [InlineData(TimescaleStatus.DueToday, false, false)]
    [InlineData(TimescaleStatus.Overdue, false, true)]
    [InlineData(TimescaleStatus.MetInTime, true, false)]
    [InlineData(TimescaleStatus.MetLate, true, true)]
    public void Evaluate_EachStatus_IsMetAndIsLateFollow(TimescaleStatus status, bool isMet, bool isLate)
    {
        var timescale = Build(DueRule.WorkingDays(5));
        var (metOn, today) = status switch
        {
            TimescaleStatus.NotYetDue => ((DateOnly?)null, "2024-06-03"),
            TimescaleStatus.DueSoon => (null, "2024-06-07"),
            TimescaleStatus.DueToday => (null, "2024-06-10"),
            TimescaleStatus.Overdue => (null, "2024-06-11"),
            TimescaleStatus.MetInTime => (On("2024-06-10"), "2024-06-20"),
            _ => (On("2024-06-11"), "2024-06-20"),
        };

        var evaluation = timescale.Evaluate(On("2024-06-03"), metOn, On(today));

        evaluation.Status.ShouldBe(status);
        evaluation.IsMet.ShouldBe(isMet);
        evaluation.IsLate.ShouldBe(isLate);
    }

    [Fact]
    public void WithRule_NewRule_KeepsEverythingElse()
    {
        var changed = s_contactDecision.WithRule(DueRule.WorkingTime(2));

        changed.Rule.ShouldBe(DueRule.WorkingTime(2));
        changed.Key.ShouldBe(s_contactDecision.Key);
        changed.Name.ShouldBe(s_contactDecision.Name);
        changed.Source.ShouldBe(s_contactDecision.Source);
        changed.DueSoonWithin.ShouldBe(s_contactDecision.DueSoonWithin);
        s_contactDecision.Rule.ShouldBe(DueRule.WorkingTime(1));
    }

    [Fact]
    public void Constructor_NegativeDueSoonWindow_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Build(DueRule.WorkingDays(5)).WithDueSoonWithin(-1));
    }

    [Fact]
    public void Constructor_BlankSource_Throws()
    {
        Should.Throw<ArgumentException>(() => new Timescale("Key", "Name", "Start", DueRule.WorkingDays(1), "Stop", " ", WorkingCalendar.EnglandAndWales));
    }

    private static Timescale Build(DueRule rule) =>
        new("TestTimescale", "Test timescale", "Something started", rule, "Something finished", "A test", WorkingCalendar.EnglandAndWales);

    [Theory]
    [InlineData("2026-11-05", null, "Overdue")]
    [InlineData("2026-11-06", null, "DueToday")]
    [InlineData("2026-11-08", null, "DueSoon")]
    [InlineData("2026-11-09", null, "NotYetDue")]
    [InlineData("2026-11-06", "2026-11-06", "MetInTime")]
    [InlineData("2026-11-06", "2026-11-07", "MetLate")]
    public void StatusOfSetDate_AgainstFriday6November_CountsCalendarDays(string due, string? met, string expected) =>
        Timescale.StatusOfSetDate(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
                met is null ? null : DateOnly.Parse(met, System.Globalization.CultureInfo.InvariantCulture),
                new DateOnly(2026, 11, 6))
            .ToString().ShouldBe(expected);
}
