using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using static Hearth.Domain.Tests.ChildProtection.EnquiryExamples;

namespace Hearth.Domain.Tests.ChildProtection;

public class StrategyDiscussionTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 10, 29, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HeldAt = new(2026, 10, 29, 15, 30, 0, TimeSpan.Zero);

    private readonly ChildInNeedEpisode _episode = Episode();

    private ReasonableCause Cause() => Decision(_episode, DecidedAt).AsCause();

    [Fact]
    public void CanRecord_NoReasonableCauseDecision_AsksForItFirst() =>
        StrategyDiscussion.CanRecord(Details(HeldAt), _episode, null, null, [], Now).Message.ShouldBe(
            "Record the decision that there is reasonable cause to suspect significant harm first: the strategy discussion's timescale runs from it");

    [Fact]
    public void CanRecord_BeforeTheDecision_IsRefused() =>
        StrategyDiscussion.CanRecord(Details(DecidedAt.AddMinutes(-1)), _episode, Cause(), null, [], Now).Message.ShouldBe(
            "The strategy discussion cannot be before the decision that there was reasonable cause to suspect significant harm, on 29 October 2026 at 11:00");

    [Fact]
    public void CanRecord_InTheFuture_IsRefused() =>
        StrategyDiscussion.CanRecord(Details(Now.AddHours(1)), _episode, Cause(), null, [], Now).Message
            .ShouldBe("The date and time of the strategy discussion must be in the past");

    [Fact]
    public void CanRecord_DecisionAlreadyDiscussed_IsRefused()
    {
        var cause = Cause();
        var first = Discussion(_episode, cause, HeldAt);

        StrategyDiscussion.CanRecord(Details(HeldAt.AddHours(1)), _episode, cause, null, [first], Now).Message
            .ShouldBe("A strategy discussion has already been recorded for that decision");
    }

    [Fact]
    public void CanRecord_OneAgencyOnly_SaysItIsMultiAgency()
    {
        var details = Details(HeldAt, participants:
            [
                StrategyDiscussionParticipant.Create("Priya Shah", "Social worker", Agency.LocalAuthority),
                StrategyDiscussionParticipant.Create("Sam Lee", "Team manager", Agency.LocalAuthority),
            ],
            contributions: [AgencyContribution.Create(Agency.LocalAuthority, "History")]);

        StrategyDiscussion.CanRecord(details, _episode, Cause(), null, [], Now).Message
            .ShouldBe("A strategy discussion is multi-agency: add who took part from at least two agencies");
    }

    [Fact]
    public void CanRecord_AgencyTookPartWithoutAContribution_AsksForIt()
    {
        var details = Details(HeldAt, contributions:
            [
                AgencyContribution.Create(Agency.LocalAuthority, "History"),
                AgencyContribution.Create(Agency.Police, "Call-outs"),
            ]);

        StrategyDiscussion.CanRecord(details, _episode, Cause(), null, [], Now).Message.ShouldBe("Enter what health contributed");
    }

    [Fact]
    public void CanRecord_ContributionFromAnAgencyThatTookNoPart_IsRefused()
    {
        var details = Details(HeldAt, contributions:
            [
                AgencyContribution.Create(Agency.LocalAuthority, "History"),
                AgencyContribution.Create(Agency.Police, "Call-outs"),
                AgencyContribution.Create(Agency.Health, "Missed immunisations"),
                AgencyContribution.Create(Agency.Education, "Attendance"),
            ]);

        StrategyDiscussion.CanRecord(details, _episode, Cause(), null, [], Now).Message
            .ShouldBe("Add who took part for education, or leave its contribution blank");
    }

    [Fact]
    public void CanRecord_NoReasons_AsksForThem() =>
        StrategyDiscussion.CanRecord(Details(HeldAt, reasons: " "), _episode, Cause(), null, [], Now).Message.ShouldBe("Enter the reasons for the decision");

    [Fact]
    public void CanRecord_FurtherDiscussionAfterOneThatDidNotAskForIt_IsRefused()
    {
        var first = Discussion(_episode, Cause(), HeldAt, StrategyDiscussionOutcome.NoSection47Enquiry);

        StrategyDiscussion.CanRecord(Details(HeldAt.AddDays(1)), _episode, null, first, [first], Now).Message
            .ShouldBe("A further strategy discussion follows one that decided a further discussion was needed");
    }

    [Fact]
    public void CanRecord_SecondFurtherDiscussionAfterTheSameOne_IsRefused()
    {
        var first = Discussion(_episode, Cause(), HeldAt, StrategyDiscussionOutcome.FurtherStrategyDiscussion);
        var further = StrategyDiscussion.Record(Details(HeldAt.AddDays(1)), _episode, null, first, [first], By());

        StrategyDiscussion.CanRecord(Details(HeldAt.AddDays(2)), _episode, null, first, [first, further], Now).Message
            .ShouldBe("A further strategy discussion has already been recorded after the one on 29 October 2026 at 15:30");
    }

    [Fact]
    public void CanRecord_FurtherDiscussionNotAfterTheOneItFollows_IsRefused()
    {
        var first = Discussion(_episode, Cause(), HeldAt, StrategyDiscussionOutcome.FurtherStrategyDiscussion);

        StrategyDiscussion.CanRecord(Details(HeldAt), _episode, null, first, [first], Now).Message
            .ShouldBe("A further strategy discussion must be after the one it follows, on 29 October 2026 at 15:30");
    }

    [Fact]
    public void Record_Valid_KeepsOneMultiAgencyRecordWithItsClockAndChange()
    {
        var cause = Cause();

        var discussion = StrategyDiscussion.Record(Details(HeldAt), _episode, cause, null, [], By(reason: "Strategy discussion"));

        discussion.ReasonableCauseId.ShouldBe(cause.Id);
        discussion.ReasonableCauseAt.ShouldBe(DecidedAt);
        discussion.Participants.Select(p => p.Position).ShouldBe([1, 2, 3]);
        discussion.Agencies.ShouldBe([Agency.LocalAuthority, Agency.Police, Agency.Health]);
        discussion.MissingCoreAgencies.ShouldBeEmpty();
        discussion.Dissents.ShouldHaveSingleItem().Agency.ShouldBe(Agency.Health);
        discussion.StrategyDiscussionClock(Timescales.Standard, Now)!.Status.ShouldBe(TimescaleStatus.MetInTime);
        var change = discussion.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Strategy discussion recorded");
        change.Fields.ShouldContain(f => f.Field == "Participants" && f.After!.Contains("DC Jo Bloggs, Child abuse investigation team (Police)"));
        change.Fields.ShouldContain(f => f.Field == "Health: contribution and view" && f.After!.Contains("Disagreed: Would prefer a single-agency enquiry"));
        change.Fields.ShouldContain(f => f.Field == "Outcome" && f.After == "Section 47 enquiry");
    }

    [Fact]
    public void Record_HeldTwoWorkingDaysLater_StopsTheClockLate()
    {
        var discussion = Discussion(_episode, Cause(), new DateTimeOffset(2026, 10, 30, 11, 1, 0, TimeSpan.Zero));

        discussion.StrategyDiscussionClock(Timescales.Standard, Now)!.Status.ShouldBe(TimescaleStatus.MetLate);
    }

    [Fact]
    public void Record_FurtherDiscussion_LinksToTheEarlierOneAndHasNoClock()
    {
        var first = Discussion(_episode, Cause(), HeldAt, StrategyDiscussionOutcome.FurtherStrategyDiscussion);

        var further = StrategyDiscussion.Record(Details(HeldAt.AddDays(1)), _episode, null, first, [first], By());

        further.PreviousDiscussionId.ShouldBe(first.Id);
        further.IsFurtherDiscussion.ShouldBeTrue();
        further.StrategyDiscussionClock(Timescales.Standard, Now).ShouldBeNull();
        further.PendingChanges.ShouldHaveSingleItem().Summary.ShouldBe("Further strategy discussion recorded");
    }

    [Fact]
    public void MissingCoreAgencies_NoHealth_NamesHealth()
    {
        var discussion = StrategyDiscussion.Record(
            Details(HeldAt, participants:
                [
                    StrategyDiscussionParticipant.Create("Priya Shah", "Social worker", Agency.LocalAuthority),
                    StrategyDiscussionParticipant.Create("DC Jo Bloggs", "Detective constable", Agency.Police),
                ],
                contributions:
                [
                    AgencyContribution.Create(Agency.LocalAuthority, "History"),
                    AgencyContribution.Create(Agency.Police, "Call-outs"),
                ]),
            _episode, Cause(), null, [], By());

        discussion.MissingCoreAgencies.ShouldBe([Agency.Health]);
    }

    [Fact]
    public void RecordFromStatutoryReturn_OneAgencyWhoseDetailsTheReturnDoesNotCarry_RecordsItAsFromTheReturn()
    {
        var cause = Cause();

        var discussion = StrategyDiscussion.RecordFromStatutoryReturn(StatutoryReturnDetails(HeldAt), _episode, cause, [], By(reason: "Imported"));

        discussion.ReasonableCauseId.ShouldBe(cause.Id);
        discussion.HeldAt.ShouldBe(HeldAt);
        discussion.Agencies.ShouldBe([Agency.LocalAuthority]);
        discussion.PendingChanges.ShouldHaveSingleItem().Summary.ShouldBe("Strategy discussion recorded from a statutory return");
    }

    [Fact]
    public void CanRecordFromStatutoryReturn_NoParticipant_AsksForOneOrWhyNot() =>
        StrategyDiscussion.CanRecordFromStatutoryReturn(StatutoryReturnDetails(HeldAt) with { Participants = [], Contributions = [] }, _episode, Cause(), [], Now).Message
            .ShouldBe("Add who took part, or say that the return does not carry it");

    [Fact]
    public void CanRecordFromStatutoryReturn_BeforeTheDecision_IsRefused() =>
        StrategyDiscussion.CanRecordFromStatutoryReturn(StatutoryReturnDetails(DecidedAt.AddHours(-1)), _episode, Cause(), [], Now).Message
            .ShouldBe("The strategy discussion cannot be before the decision that there was reasonable cause to suspect significant harm, on 29 October 2026 at 11:00");

    [Fact]
    public void CanRecordFromStatutoryReturn_DecisionAlreadyDiscussed_IsRefused()
    {
        var cause = Cause();
        var first = StrategyDiscussion.RecordFromStatutoryReturn(StatutoryReturnDetails(HeldAt), _episode, cause, [], By());

        StrategyDiscussion.CanRecordFromStatutoryReturn(StatutoryReturnDetails(HeldAt.AddHours(1)), _episode, cause, [first], Now).Message
            .ShouldBe("A strategy discussion has already been recorded for that decision");
    }

    private static StrategyDiscussionDetails StatutoryReturnDetails(DateTimeOffset heldAt) =>
        Details(
            heldAt,
            participants: [StrategyDiscussionParticipant.Create("Not carried by the CIN census", "Not carried by the CIN census", Agency.LocalAuthority)],
            contributions: [AgencyContribution.Create(Agency.LocalAuthority, "Not carried by the CIN census")],
            reasons: "Imported from the CIN census, which carries only the date");
}
