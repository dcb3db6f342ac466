using Hearth.Returns.CinCensus;
using static Hearth.Returns.Tests.CinCensus.Checks.CinTestData;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public partial class CinCensusRules2025To26Tests
{
    private static readonly DateOnly CinPlanStart = new(2025, 5, 21);
    private static readonly DateOnly CaseClosed = new(2025, 12, 1);

    [Fact]
    public void Rule2885_PlanStartingAfterItsConference_FoundUntilTheSameDay()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { StartDate = Conference.AddDays(3) });

        ShouldFind(_rules.Rule2885(broken), "2885", "CPPstartDate");
        _rules.Rule2885(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4000_NoFurtherActionWithACinPlan_FoundUntilTheFlagIs0()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { ReferralNfa = "1" });

        ShouldFind(_rules.Rule4000(broken), "4000", "ReferralNFA");
        _rules.Rule4000(ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4001_OpenCinPlanAlongsideAnOpenProtectionPlan_FoundUntilTheCinPlanEnds()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { CinPlanDates = [new CinPlanDates { StartDate = new DateOnly(2025, 6, 10) }] });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = Conference });

        ShouldFind(_rules.Rule4001(broken), "4001", "CINPlanEndDate");
        _rules.Rule4001(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4003_ReviewWhileACinPlanIsOpen_FoundUntilTheCinPlanIsBeforeThePlan()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { CinPlanDates = [new CinPlanDates { StartDate = new DateOnly(2025, 9, 1) }] });
        var fixedChild = broken.WithCinPlan(p => p with { StartDate = new DateOnly(2025, 6, 10), EndDate = Conference });

        ShouldFind(_rules.Rule4003(broken), "4003", "CPPreviewDate");
        _rules.Rule4003(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4004_TwoOpenCinPlans_FoundUntilOneEnds()
    {
        var open = new CinPlanDates { StartDate = CinPlanStart };
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { CinPlanDates = [open, open with { StartDate = new DateOnly(2025, 6, 1) }] });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = new DateOnly(2025, 5, 31) });

        ShouldFind(_rules.Rule4004(broken), "4004", "CINPlanEndDate");
        _rules.Rule4004(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4008_CinPlanStartingAfterDeath_FoundButNotOnTheSameDay()
    {
        var broken = ChildWithClosedCinPlan().WithIdentifiers(i => i with { PersonDeathDate = CinPlanStart.AddDays(-1) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = CinPlanStart });

        ShouldFind(_rules.Rule4008(broken), "4008", "PersonDeathDate");
        _rules.Rule4008(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4009Q_CinPlanEndingAfterDeath_FoundButNotOnTheSameDay()
    {
        var broken = ChildWithClosedCinPlan().WithIdentifiers(i => i with { PersonDeathDate = CaseClosed.AddDays(-1) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = CaseClosed });

        ShouldFind(_rules.Rule4009Q(broken), "4009Q", "CINPlanEndDate");
        _rules.Rule4009Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4010_CinPlanStartMissingOrAfterTheYear_FoundUntilInIt()
    {
        var missing = ChildWithClosedCinPlan().WithCinPlan(p => p with { StartDate = null });
        var late = ChildWithClosedCinPlan().WithCinPlan(p => p with { StartDate = new DateOnly(2026, 4, 1), EndDate = null });

        ShouldFind(_rules.Rule4010(missing), "4010", "CINPlanStartDate");
        ShouldFind(_rules.Rule4010(late), "4010", "CINPlanStartDate");
        _rules.Rule4010(ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4011_CinPlanEndingBeforeItStarts_FoundButNotOnTheSameDay()
    {
        var broken = ChildWithClosedCinPlan().WithCinPlan(p => p with { EndDate = CinPlanStart.AddDays(-20) });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = CinPlanStart });

        ShouldFind(_rules.Rule4011(broken), "4011", "CINPlanEndDate");
        _rules.Rule4011(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4012Q_CinPlanStartingAndEndingTheSameDay_FoundUntilItLasts()
    {
        var broken = ChildWithClosedCinPlan().WithCinPlan(p => p with { EndDate = CinPlanStart });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = CinPlanStart.AddDays(1) });

        ShouldFind(_rules.Rule4012Q(broken), "4012Q", "CINPlanEndDate");
        _rules.Rule4012Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4013_CinPlanEndingAfterTheYear_FoundButNotOnTheReferenceDate()
    {
        var broken = ChildWithClosedCinPlan().WithCinPlan(p => p with { EndDate = new DateOnly(2026, 4, 1) });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = new DateOnly(2026, 3, 31) });

        ShouldFind(_rules.Rule4013(broken), "4013", "CINPlanEndDate");
        _rules.Rule4013(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4014_CinPlansOverlapping_FoundUntilTheFirstEndsBeforeTheSecond()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with
        {
            CinPlanDates = [new CinPlanDates { StartDate = CinPlanStart, EndDate = CaseClosed }, new CinPlanDates { StartDate = new DateOnly(2025, 11, 1), EndDate = CaseClosed }],
        });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = new DateOnly(2025, 10, 31) });

        ShouldFind(_rules.Rule4014(broken), "4014", "CINPlanStartDate");
        _rules.Rule4014(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4016_CinPlanStartingDuringAProtectionPlan_FoundButNotBeforeIt()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { CinPlanDates = [new CinPlanDates { StartDate = new DateOnly(2025, 7, 1) }] });
        var fixedChild = broken.WithCinPlan(p => p with { StartDate = new DateOnly(2025, 6, 10), EndDate = Conference });

        ShouldFind(_rules.Rule4016(broken), "4016", "CINPlanStartDate");
        _rules.Rule4016(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4017_ProtectionPlanStartingDuringACinPlan_FoundUntilTheCinPlanEndsThatDay()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { CinPlanDates = [new CinPlanDates { StartDate = new DateOnly(2025, 6, 10), EndDate = new DateOnly(2025, 7, 1) }] });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = Conference });

        ShouldFind(_rules.Rule4017(broken), "4017", "CPPstartDate");
        _rules.Rule4017(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8720_PlanStartMissingOrAfterTheYear_FoundUntilInIt()
    {
        var missing = ChildOnProtectionPlan().WithProtectionPlan(p => p with { StartDate = null });
        var late = ChildOnProtectionPlan().WithProtectionPlan(p => p with { StartDate = new DateOnly(2026, 4, 1) });

        ShouldFind(_rules.Rule8720(missing), "8720", "CPPstartDate");
        ShouldFind(_rules.Rule8720(late), "8720", "CPPstartDate");
        _rules.Rule8720(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8730_NumberOfPreviousPlansMissing_FoundUntilRecorded()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { NumberOfPreviousCpp = null });

        ShouldFind(_rules.Rule8730(broken), "8730", "NumberOfPreviousCPP");
        _rules.Rule8730(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8840_PlanEndingTheDayItStarts_FoundUntilItEndsLater()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { EndDate = Conference });
        var fixedChild = broken.WithProtectionPlan(p => p with { EndDate = Conference.AddDays(1) });

        ShouldFind(_rules.Rule8840(broken), "8840", "CPPendDate");
        _rules.Rule8840(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8841_ReviewOnThePlansFirstDay_FoundButNotTheDayAfter()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { ReviewDates = [Conference] });
        var fixedChild = broken.WithProtectionPlan(p => p with { ReviewDates = [Conference.AddDays(1)] });

        ShouldFind(_rules.Rule8841(broken), "8841", "CPPreviewDate");
        _rules.Rule8841(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8842Q_ReviewWithNoDate_FoundUntilDated()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { ReviewDates = [new DateOnly(2025, 9, 15), null] });

        ShouldFind(_rules.Rule8842Q(broken), "8842Q", "CPPreviewDate");
        _rules.Rule8842Q(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8905_InitialCategoryMissingOrNotACode_FoundUntilACensusCode()
    {
        var missing = ChildOnProtectionPlan().WithProtectionPlan(p => p with { InitialCategoryOfAbuse = null });
        var wrong = ChildOnProtectionPlan().WithProtectionPlan(p => p with { InitialCategoryOfAbuse = "NEGLECT" });

        ShouldFind(_rules.Rule8905(missing), "8905", "InitialCategoryOfAbuse");
        ShouldFind(_rules.Rule8905(wrong), "8905", "InitialCategoryOfAbuse");
        _rules.Rule8905(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8910_LatestCategoryMissingOrNotACode_FoundUntilACensusCode()
    {
        var missing = ChildOnProtectionPlan().WithProtectionPlan(p => p with { LatestCategoryOfAbuse = null });
        var wrong = ChildOnProtectionPlan().WithProtectionPlan(p => p with { LatestCategoryOfAbuse = "N" });

        ShouldFind(_rules.Rule8910(missing), "8910", "LatestCategoryOfAbuse");
        ShouldFind(_rules.Rule8910(wrong), "8910", "LatestCategoryOfAbuse");
        _rules.Rule8910(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8915_PlanStartingAfterDeath_FoundButNotOnTheSameDay()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonDeathDate = Conference.AddDays(-1) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = Conference });

        ShouldFind(_rules.Rule8915(broken), "8915", "CPPstartDate");
        _rules.Rule8915(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8920_PlanEndingAfterDeath_FoundButNotOnTheSameDay()
    {
        var ended = new DateOnly(2025, 9, 1);
        var broken = ChildOnProtectionPlan()
            .WithProtectionPlan(p => p with { EndDate = ended, ReviewDates = [] })
            .WithIdentifiers(i => i with { PersonDeathDate = ended.AddDays(-1) });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = ended });

        ShouldFind(_rules.Rule8920(broken), "8920", "CPPendDate");
        _rules.Rule8920(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8925_PlanEndingBeforeItStarts_FoundUntilAfter()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { EndDate = Conference.AddDays(-1) });
        var fixedChild = broken.WithProtectionPlan(p => p with { EndDate = Conference.AddDays(1) });

        ShouldFind(_rules.Rule8925(broken), "8925", "CPPendDate");
        _rules.Rule8925(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8930_PlanEndingAfterTheYear_FoundButNotOnTheReferenceDate()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { EndDate = new DateOnly(2026, 4, 1) });
        var fixedChild = broken.WithProtectionPlan(p => p with { EndDate = new DateOnly(2026, 3, 31) });

        ShouldFind(_rules.Rule8930(broken), "8930", "CPPendDate");
        _rules.Rule8930(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8935_TwoOpenProtectionPlans_FoundUntilOneEnds()
    {
        var plan = ChildOnProtectionPlan().CinDetails[0].ChildProtectionPlans[0];
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { ChildProtectionPlans = [plan, plan with { StartDate = new DateOnly(2025, 10, 1), ReviewDates = [] }] });
        var fixedChild = broken.WithProtectionPlan(p => p with { EndDate = new DateOnly(2025, 9, 30), ReviewDates = [new DateOnly(2025, 9, 15)] });

        ShouldFind(_rules.Rule8935(broken), "8935", "CPPendDate");
        _rules.Rule8935(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8940_ProtectionPlansOverlapping_FoundUntilTheFirstEndsBeforeTheSecond()
    {
        var plan = ChildOnProtectionPlan().CinDetails[0].ChildProtectionPlans[0];
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { ChildProtectionPlans = [plan, plan with { StartDate = new DateOnly(2025, 10, 1), ReviewDates = [] }] });
        var fixedChild = broken.WithProtectionPlan(p => p with { EndDate = new DateOnly(2025, 9, 30), ReviewDates = [new DateOnly(2025, 9, 15)] });

        ShouldFind(_rules.Rule8940(broken), "8940", "CPPstartDate");
        _rules.Rule8940(fixedChild).ShouldBeEmpty();
    }
}
