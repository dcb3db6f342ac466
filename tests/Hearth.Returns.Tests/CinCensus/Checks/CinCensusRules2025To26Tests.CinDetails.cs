using Hearth.Returns.CinCensus;
using static Hearth.Returns.Tests.CinCensus.Checks.CinTestData;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public partial class CinCensusRules2025To26Tests
{
    private static readonly DateOnly DayBeforeReferral = Referral.AddDays(-1);

    [Fact]
    public void Rule1103_AssessmentStartedBeforeTheReferral_FoundButNotOnTheReferralDay()
    {
        var broken = ChildOnProtectionPlan().WithAssessment(a => a with { ActualStartDate = DayBeforeReferral });
        var fixedChild = broken.WithAssessment(a => a with { ActualStartDate = Referral });

        ShouldFind(_rules.Rule1103(broken), "1103", "AssessmentActualStartDate");
        _rules.Rule1103(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1104_ConferenceBeforeTheReferral_FoundButNotOnTheReferralDay()
    {
        var broken = ChildOnProtectionPlan().WithSection47(s => s with { DateOfInitialCpc = DayBeforeReferral });
        var fixedChild = broken.WithSection47(s => s with { DateOfInitialCpc = Referral });

        ShouldFind(_rules.Rule1104(broken), "1104", "DateOfInitialCPC");
        _rules.Rule1104(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule1105_PlanStartedBeforeTheReferral_FoundButNotOnTheReferralDay()
    {
        var broken = ChildOnProtectionPlan().WithProtectionPlan(p => p with { StartDate = DayBeforeReferral });
        var fixedChild = broken.WithProtectionPlan(p => p with { StartDate = Referral });

        ShouldFind(_rules.Rule1105(broken), "1105", "CPPstartDate");
        _rules.Rule1105(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2889_EnquiryStartedBeforeTheReferral_FoundButNotOnTheReferralDay()
    {
        var broken = ChildOnProtectionPlan().WithSection47(s => s with { ActualStartDate = DayBeforeReferral });
        var fixedChild = broken.WithSection47(s => s with { ActualStartDate = Referral });

        ShouldFind(_rules.Rule2889(broken), "2889", "S47ActualStartDate");
        _rules.Rule2889(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2990_ClosedAfterAssessmentButHadACinPlan_FoundUntilTheReasonFits()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { ReasonForClosure = "RC8" });
        var fixedChild = broken.WithEpisode(d => d with { ReasonForClosure = "RC7" });

        ShouldFind(_rules.Rule2990(broken), "2990", "ReasonForClosure");
        _rules.Rule2990(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule2991Q_EnquiryWithNoAssessment_FoundUntilTheAssessmentIsRecorded()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { Assessments = [] });

        ShouldFind(_rules.Rule2991Q(broken), "2991Q", "Assessments");
        _rules.Rule2991Q(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule4015_CinPlanStartedBeforeTheReferral_FoundButNotOnTheReferralDay()
    {
        var referred = new DateOnly(2025, 4, 10);
        var broken = ChildWithClosedCinPlan().WithCinPlan(p => p with { StartDate = referred.AddDays(-1) });
        var fixedChild = broken.WithCinPlan(p => p with { StartDate = referred });

        ShouldFind(_rules.Rule4015(broken), "4015", "CINPlanStartDate");
        _rules.Rule4015(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8555Q_ReferredAfterDeath_FoundButNotOnTheSameDay()
    {
        var broken = ChildOnProtectionPlan().WithIdentifiers(i => i with { PersonDeathDate = DayBeforeReferral });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = Referral });

        ShouldFind(_rules.Rule8555Q(broken), "8555Q", "PersonDeathDate");
        _rules.Rule8555Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8565_CinPlanEndingAfterTheCaseClosed_FoundButNotOnTheClosureDay()
    {
        var closed = new DateOnly(2025, 12, 1);
        var broken = ChildWithClosedCinPlan().WithCinPlan(p => p with { EndDate = closed.AddDays(1) });
        var fixedChild = broken.WithCinPlan(p => p with { EndDate = closed });

        ShouldFind(_rules.Rule8565(broken), "8565", "CINPlanEndDate");
        _rules.Rule8565(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8568_NoFurtherActionFlagMissingOrWords_FoundUntil0Or1()
    {
        var missing = ChildOnProtectionPlan().WithEpisode(d => d with { ReferralNfa = null });
        var words = ChildOnProtectionPlan().WithEpisode(d => d with { ReferralNfa = "no" });

        ShouldFind(_rules.Rule8568(missing), "8568", "ReferralNFA");
        ShouldFind(_rules.Rule8568(words), "8568", "ReferralNFA");
        _rules.Rule8568(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8569Q_NoFurtherActionReferredBeforeTheYearsLastWorkingDay_FoundButNotOnIt()
    {
        var lastWorkingDayBefore = new DateOnly(2025, 3, 31);
        var broken = ChildOnProtectionPlan().WithEpisodes(NoFurtherAction(new DateOnly(2025, 3, 28)));
        var fixedChild = ChildOnProtectionPlan().WithEpisodes(NoFurtherAction(lastWorkingDayBefore));

        ShouldFind(_rules.Rule8569Q(broken), "8569Q", "ReferralNFA");
        _rules.Rule8569Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8585Q_ClosedAsDiedWithNoDeathDate_FoundUntilTheDateIsRecorded()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { ReasonForClosure = "RC2" });
        var fixedChild = broken.WithIdentifiers(i => i with { PersonDeathDate = new DateOnly(2025, 12, 1) });

        ShouldFind(_rules.Rule8585Q(broken), "8585Q", "PersonDeathDate");
        _rules.Rule8585Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8600_ReferralDateMissingOrAfterTheYear_FoundUntilInIt()
    {
        var missing = ChildOnProtectionPlan().WithEpisode(d => d with { CinReferralDate = null });
        var late = ChildOnProtectionPlan().WithEpisode(d => d with { CinReferralDate = new DateOnly(2026, 4, 1) });

        ShouldFind(_rules.Rule8600(missing), "8600", "CINreferralDate");
        ShouldFind(_rules.Rule8600(late), "8600", "CINreferralDate");
        _rules.Rule8600(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8606_ReferredMoreThan40WeeksBeforeBirth_FoundButNotAt280Days()
    {
        var born = new DateOnly(2016, 3, 14);
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { CinReferralDate = born.AddDays(-281) });
        var fixedChild = broken.WithEpisode(d => d with { CinReferralDate = born.AddDays(-280) });

        ShouldFind(_rules.Rule8606(broken), "8606", "CINreferralDate");
        _rules.Rule8606(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8610_FurtherActionWithNoPrimaryNeed_FoundUntilRecorded()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { PrimaryNeedCode = null });

        ShouldFind(_rules.Rule8610(broken), "8610", "PrimaryNeedCode");
        _rules.Rule8610(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8620_ClosedAfterTheReferenceDate_FoundButNotOnIt()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { CinClosureDate = new DateOnly(2026, 4, 1) });
        var fixedChild = broken.WithEpisode(d => d with { CinClosureDate = new DateOnly(2026, 3, 31) });

        ShouldFind(_rules.Rule8620(broken), "8620", "CINclosureDate");
        _rules.Rule8620(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8630_ClosedBeforeReferred_FoundButNotOnTheSameDay()
    {
        var referred = new DateOnly(2025, 4, 10);
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { CinClosureDate = referred.AddDays(-1) });
        var fixedChild = broken.WithEpisode(d => d with { CinClosureDate = referred });

        ShouldFind(_rules.Rule8630(broken), "8630", "CINclosureDate");
        _rules.Rule8630(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8640_ReasonForClosureNotACode_FoundUntilRc1ToRc9()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { ReasonForClosure = "RC10" });

        ShouldFind(_rules.Rule8640(broken), "8640", "ReasonForClosure");
        _rules.Rule8640(ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8650_PrimaryNeedNotACode_FoundUntilN0ToN9()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { PrimaryNeedCode = "N10" });

        ShouldFind(_rules.Rule8650(broken), "8650", "PrimaryNeedCode");
        _rules.Rule8650(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8805_ClosedWithNoReason_FoundUntilTheReasonIsRecorded()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { ReasonForClosure = null });

        ShouldFind(_rules.Rule8805(broken), "8805", "ReasonForClosure");
        _rules.Rule8805(ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8810_ReasonWithNoClosureDate_FoundUntilTheDateIsRecorded()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { CinClosureDate = null });

        ShouldFind(_rules.Rule8810(broken), "8810", "CINclosureDate");
        _rules.Rule8810(ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8815_TwoOpenEpisodes_FoundUntilTheEarlierCloses()
    {
        var broken = WithEarlierEpisode(closed: null);
        var fixedChild = WithEarlierEpisode(closed: new DateOnly(2025, 5, 1));

        ShouldFind(_rules.Rule8815(broken), "8815", "CINclosureDate");
        _rules.Rule8815(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8816_OpenEpisodeThatIsNotTheLatest_FoundUntilItCloses()
    {
        var broken = WithEarlierEpisode(closed: null);
        var fixedChild = WithEarlierEpisode(closed: new DateOnly(2025, 5, 1));

        ShouldFind(_rules.Rule8816(broken), "8816", "CINclosureDate");
        _rules.Rule8816(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8820_ReferralWhileAnotherEpisodeIsOpen_FoundButNotOnItsClosureDay()
    {
        var first = ChildWithClosedCinPlan().CinDetails[0];
        var broken = ChildWithClosedCinPlan().WithEpisodes(first, NoFurtherAction(new DateOnly(2025, 11, 1)));
        var fixedChild = ChildWithClosedCinPlan().WithEpisodes(first, NoFurtherAction(first.CinClosureDate!.Value));

        ShouldFind(_rules.Rule8820(broken), "8820", "CINreferralDate");
        _rules.Rule8820(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8825Q_ClosedAfterAssessmentWithNoAssessment_FoundUntilOneIsRecorded()
    {
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { ReasonForClosure = "RC9", Assessments = [] });
        var fixedChild = ChildWithClosedCinPlan().WithEpisode(d => d with { ReasonForClosure = "RC9" });

        ShouldFind(_rules.Rule8825Q(broken), "8825Q", "ReasonForClosure");
        _rules.Rule8825Q(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void ReferralWithNoFurtherAction_ClosedAsRc8_8825QGivesTheReasonToTellTheDfe()
    {
        var child = ChildWithClosedCinPlan().WithEpisodes(NoFurtherAction(new DateOnly(2025, 11, 1)) with { ReasonForClosure = "RC8" });

        var issue = _rules.Rule8825Q(child).ShouldHaveSingleItem();

        issue.RuleCode.ShouldBe("8825Q");
        issue.Message.ShouldContain("referral with no further action, no assessment needed");
    }

    [Fact]
    public void Rule8831_NoFurtherActionWithAnAssessmentAndEnquiry_FoundUntilTheFlagIs0()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { ReferralNfa = "1" });
        var fixedChild = broken.WithEpisode(d => d with { ReferralNfa = "0" });

        ShouldFind(_rules.Rule8831(broken), "8831", "ReferralNFA");
        _rules.Rule8831(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8832_NoFurtherActionWithAProtectionPlan_FoundUntilTheFlagIs0()
    {
        var broken = ChildOnProtectionPlan().WithEpisode(d => d with { ReferralNfa = "1" });
        var fixedChild = broken.WithEpisode(d => d with { ReferralNfa = "0" });

        ShouldFind(_rules.Rule8832(broken), "8832", "ReferralNFA");
        _rules.Rule8832(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8866_ReferralSourceMissingOrNotACode_FoundUntilACensusCode()
    {
        var missing = ChildOnProtectionPlan().WithEpisode(d => d with { ReferralSource = null });
        var wrong = ChildOnProtectionPlan().WithEpisode(d => d with { ReferralSource = "11" });

        ShouldFind(_rules.Rule8866(missing), "8866", "ReferralSource");
        ShouldFind(_rules.Rule8866(wrong), "8866", "ReferralSource");
        _rules.Rule8866(ChildOnProtectionPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8867_ClosedWithAnOpenAssessment_FoundUntilItIsAuthorised()
    {
        var broken = ChildWithClosedCinPlan().WithAssessment(a => a with { AuthorisationDate = null });

        ShouldFind(_rules.Rule8867(broken), "8867", "AssessmentAuthorisationDate");
        _rules.Rule8867(ChildWithClosedCinPlan()).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8868_ClosedWithAnEnquiryThatNeverConcluded_FoundUntilNoConferenceIsNeeded()
    {
        var enquiry = new CinSection47 { ActualStartDate = new DateOnly(2025, 5, 1), IcpcNotRequired = "0" };
        var broken = ChildWithClosedCinPlan().WithEpisode(d => d with { Section47s = [enquiry] });
        var fixedChild = ChildWithClosedCinPlan().WithEpisode(d => d with { Section47s = [enquiry with { IcpcNotRequired = "1" }] });

        ShouldFind(_rules.Rule8868(broken), "8868", "ICPCnotRequired");
        _rules.Rule8868(fixedChild).ShouldBeEmpty();
    }

    [Fact]
    public void Rule8873Q_OnlyAssessmentFoundNoFactorsButNotClosedAfterAssessment_FoundUntilRc8()
    {
        var broken = ChildWithClosedCinPlan().WithAssessment(a => a with { Factors = ["21"] });
        var fixedChild = broken.WithEpisode(d => d with { ReasonForClosure = "RC8" });

        ShouldFind(_rules.Rule8873Q(broken), "8873Q", "ReasonForClosure");
        _rules.Rule8873Q(fixedChild).ShouldBeEmpty();
    }

    private static CinChild WithEarlierEpisode(DateOnly? closed)
    {
        var child = ChildOnProtectionPlan();
        var earlier = new CinDetails
        {
            CinReferralDate = new DateOnly(2025, 4, 1),
            ReferralSource = "1A",
            PrimaryNeedCode = "N5",
            CinClosureDate = closed,
            ReasonForClosure = closed is null ? null : "RC7",
            ReferralNfa = "0",
        };
        return child.WithEpisodes(earlier, child.CinDetails[0]);
    }
}
