using Hearth.Domain.Calendar;

using static Hearth.Domain.Tests.Calendar.Dates;

namespace Hearth.Domain.Tests.Calendar;

public class TimescalesTests
{
    [Fact]
    public void ContactDecision_Standard_IsOneWorkingDayFromReceiptCitingWorkingTogether()
    {
        var timescale = Timescales.Standard.ContactDecision;

        timescale.Key.ShouldBe("ContactDecision");
        timescale.Rule.ShouldBe(DueRule.WorkingTime(1));
        timescale.Source.ShouldContain("Working Together to Safeguard Children 2023");
        timescale.Source.ShouldContain("within one working day");
        timescale.Calendar.WorkingHours.ShouldBe(WorkingHours.Standard);
    }

    [Fact]
    public void ChildAndFamilyAssessment_Standard_IsFortyFiveWorkingDaysFromReferral()
    {
        var timescale = Timescales.Standard.ChildAndFamilyAssessment;

        var evaluation = timescale.Evaluate(On("2024-01-02"), metOn: null, On("2024-01-02"));

        timescale.Rule.ShouldBe(DueRule.WorkingDays(45));
        evaluation.DueDate.ShouldBe(On("2024-03-05"));
        evaluation.DaysLeft.ShouldBe(45);
    }

    [Theory]
    [InlineData("InitialChildProtectionConference", "2026-12-14", "2027-01-07")]
    [InlineData("FirstCoreGroup", "2026-12-18", "2027-01-06")]
    [InlineData("CoreGroup", "2026-12-18", "2027-01-29")]
    [InlineData("FirstChildProtectionReview", "2026-11-30", "2027-02-28")]
    [InlineData("ChildProtectionReview", "2026-08-31", "2027-02-28")]
    [InlineData("ChildProtectionVisit", "2026-12-23", "2027-01-11")]
    [InlineData("ChildInNeedVisit", "2026-12-23", "2027-01-25")]
    [InlineData("ChildInNeedPlanReview", "2026-11-30", "2027-02-28")]
    public void Journey_Standard_DueWhereGuidanceAndLocalDefaultsPutIt(string key, string start, string due)
    {
        var evaluation = Timescales.Standard.Get(key).Evaluate(On(start), metOn: null, On(start));

        evaluation.DueDate.ShouldBe(On(due));
    }

    [Fact]
    public void StrategyDiscussion_DecidedFridayEvening_IsDueMondayAtOpening()
    {
        var evaluation = Timescales.Standard.StrategyDiscussion
            .Evaluate(At("2026-11-06T18:30:00+00:00"), metAt: null, At("2026-11-06T18:30:00+00:00"));

        evaluation.DueAt.ShouldBe(At("2026-11-10T09:00:00+00:00"));
    }

    [Fact]
    public void All_Standard_HasEachTimescaleOnceWithStartStopAndSource()
    {
        var all = Timescales.Standard.All;

        all.Select(t => t.Key).ShouldBe([
            "ContactDecision", "ReferrerAcknowledgement", "StrategyDiscussion", "ChildAndFamilyAssessment", "InitialChildProtectionConference",
            "FirstCoreGroup", "CoreGroup", "FirstChildProtectionReview", "ChildProtectionReview", "ChildProtectionVisit", "ChildInNeedVisit",
            "ChildInNeedPlanReview",
        ]);
        all.ShouldAllBe(t => t.StartEvent.Length > 0 && t.StopEvent.Length > 0 && t.Source.Length > 0);
    }

    [Fact]
    public void Constructor_AmountOverridden_ChangesTheDueInstant()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride> { ["ContactDecision"] = new() { Amount = 2 } },
        };

        var timescale = new Timescales(settings).ContactDecision;
        var evaluation = timescale.Evaluate(At("2024-06-14T15:00:00+01:00"), metAt: null, At("2024-06-14T15:00:00+01:00"));

        timescale.Rule.ShouldBe(DueRule.WorkingTime(2));
        evaluation.DueAt.ShouldBe(At("2024-06-18T15:00:00+01:00"));
    }

    [Fact]
    public void Constructor_KindAndAmountOverridden_CountsTheLocalWay()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride>
            {
                ["ContactDecision"] = new() { Kind = DueRuleKind.Hours, Amount = 24 },
            },
        };

        var evaluation = new Timescales(settings).ContactDecision
            .Evaluate(At("2024-06-14T18:30:00+01:00"), metAt: null, At("2024-06-14T18:30:00+01:00"));

        evaluation.DueAt.ShouldBe(At("2024-06-15T18:30:00+01:00"));
    }

    [Fact]
    public void Constructor_KindOnlyOverridden_KeepsTheDefaultAmount()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride>
            {
                ["ChildAndFamilyAssessment"] = new() { Kind = DueRuleKind.CalendarDays },
            },
        };

        new Timescales(settings).ChildAndFamilyAssessment.Rule.ShouldBe(DueRule.CalendarDays(45));
    }

    [Fact]
    public void Constructor_WorkingHoursSet_StartsContactClocksByThem()
    {
        var settings = new TimescaleSettings { WorkingDayOpens = new TimeOnly(8, 0), WorkingDayCloses = new TimeOnly(18, 0) };

        var evaluation = new Timescales(settings).ContactDecision
            .Evaluate(At("2024-06-14T17:30:00+01:00"), metAt: null, At("2024-06-14T17:30:00+01:00"));

        evaluation.DueAt.ShouldBe(At("2024-06-17T17:30:00+01:00"));
    }

    [Fact]
    public void Constructor_DueSoonWithinOverridden_ChangesOnlyTheWindow()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride> { ["ChildAndFamilyAssessment"] = new() { DueSoonWithin = 10 } },
        };

        var timescale = new Timescales(settings).ChildAndFamilyAssessment;

        timescale.DueSoonWithin.ShouldBe(10);
        timescale.Rule.ShouldBe(DueRule.WorkingDays(45));
    }

    [Fact]
    public void Constructor_OverrideKeyInOtherCase_IsApplied()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride> { ["contactdecision"] = new() { Amount = 3 } },
        };

        new Timescales(settings).ContactDecision.Rule.ShouldBe(DueRule.WorkingTime(3));
    }

    [Fact]
    public void Constructor_UnknownTimescaleOverridden_ThrowsNamingIt()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride> { ["ContactDecisoin"] = new() { Amount = 2 } },
        };

        var thrown = Should.Throw<ArgumentException>(() => new Timescales(settings));

        thrown.Message.ShouldContain("'ContactDecisoin', which is not a timescale Hearth knows");
    }

    [Fact]
    public void Constructor_NegativeAmountOverridden_Throws()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride> { ["ContactDecision"] = new() { Amount = -1 } },
        };

        Should.Throw<ArgumentOutOfRangeException>(() => new Timescales(settings));
    }

    [Fact]
    public void Constructor_Overrides_LeaveTheStandardCatalogueAlone()
    {
        var settings = new TimescaleSettings
        {
            Overrides = new Dictionary<string, TimescaleOverride> { ["ContactDecision"] = new() { Amount = 2 } },
        };

        _ = new Timescales(settings);

        Timescales.Standard.ContactDecision.Rule.ShouldBe(DueRule.WorkingTime(1));
    }

    [Fact]
    public void Get_KnownKey_ReturnsTheTimescale()
    {
        Timescales.Standard.Get("ContactDecision").ShouldBeSameAs(Timescales.Standard.ContactDecision);
    }

    [Fact]
    public void Get_UnknownKey_ThrowsListingKnownTimescales()
    {
        var thrown = Should.Throw<KeyNotFoundException>(() => Timescales.Standard.Get("Visit"));

        thrown.Message.ShouldContain("ContactDecision");
    }
}
