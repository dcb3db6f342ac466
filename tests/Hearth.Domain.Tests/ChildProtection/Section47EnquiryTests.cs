using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using static Hearth.Domain.Tests.ChildProtection.EnquiryExamples;

namespace Hearth.Domain.Tests.ChildProtection;

public class Section47EnquiryTests
{
    private static readonly DateTimeOffset HeldAt = new(2026, 10, 26, 14, 0, 0, TimeSpan.Zero);

    private readonly ChildInNeedEpisode _episode = Episode();

    private StrategyDiscussion DiscussionAt(DateTimeOffset heldAt, StrategyDiscussionOutcome outcome = StrategyDiscussionOutcome.Section47Enquiry) =>
        Discussion(_episode, Decision(_episode, heldAt.AddHours(-2)).AsCause(), heldAt, outcome);

    private Section47Enquiry Started(DateTimeOffset? heldAt = null) =>
        Section47Enquiry.Start(DiscussionAt(heldAt ?? HeldAt), _episode, [], Timescales.Standard, By());

    private Section47Enquiry Seen(DateOnly? seenOn = null)
    {
        var enquiry = Started();
        enquiry.RecordChildSeen(true, seenOn ?? new DateOnly(2026, 10, 27), true, null, Today, By());
        return enquiry;
    }

    [Fact]
    public void Start_FromADiscussion_StartsOnItsDateWithTheConferenceTarget15WorkingDaysOn()
    {
        var enquiry = Started();

        enquiry.StartDate.ShouldBe(new DateOnly(2026, 10, 26));
        enquiry.InitialConferenceTarget.ShouldBe(new DateOnly(2026, 11, 16));
        enquiry.IsOngoing.ShouldBeTrue();
        var change = enquiry.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Section 47 enquiry started");
        change.Fields.ShouldContain(f => f.Field == "Initial child protection conference due" && f.After == "2026-11-16");
    }

    [Fact]
    public void Start_DiscussionBeforeChristmas_CountsPastTheBankHolidays()
    {
        var enquiry = Section47Enquiry.Start(
            DiscussionAt(new DateTimeOffset(2026, 12, 16, 10, 0, 0, TimeSpan.Zero)), _episode, [], Timescales.Standard, By(new DateTimeOffset(2026, 12, 16, 12, 0, 0, TimeSpan.Zero)));

        enquiry.InitialConferenceTarget.ShouldBe(new DateOnly(2027, 1, 11));
    }

    [Fact]
    public void Start_DiscussionLateInASummerEvening_StartsOnTheLondonDate()
    {
        var episode = Episode(new DateOnly(2026, 6, 1));
        var heldAt = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);
        var discussion = Discussion(episode, Decision(episode, heldAt.AddHours(-1)).AsCause(), heldAt);

        Section47Enquiry.Start(discussion, episode, [], Timescales.Standard, By()).StartDate.ShouldBe(new DateOnly(2026, 7, 2));
    }

    [Fact]
    public void Start_DiscussionWithAnotherOutcome_IsRefused() =>
        Should.Throw<DomainRuleException>(() => Section47Enquiry.Start(
            DiscussionAt(HeldAt, StrategyDiscussionOutcome.NoSection47Enquiry), _episode, [], Timescales.Standard, By()));

    [Fact]
    public void CanStart_AnotherEnquiryUnderWay_IsRefused()
    {
        var ongoing = Started();

        Section47Enquiry.CanStart(_episode, Today, [ongoing]).Message
            .ShouldBe("A section 47 enquiry is already under way for this child, started on 26 October 2026. Record its outcome first");
    }

    [Fact]
    public void CanStart_EarlierEnquiryEndedWithoutAConference_IsAllowed()
    {
        var earlier = Seen();
        earlier.RecordOutcome(false, Section47Outcome.NoFurtherAction, "Accidental injury", Today, Today, By());

        Section47Enquiry.CanStart(_episode, Today, [earlier]).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanStart_BeforeTheReferral_IsRefused() =>
        Section47Enquiry.CanStart(_episode, new DateOnly(2026, 9, 30), []).Message
            .ShouldBe("A section 47 enquiry cannot start before the referral date, 1 October 2026");

    [Theory]
    [InlineData(true, null, true, null, "Enter the date the child was seen")]
    [InlineData(false, null, true, null, "A child cannot be seen alone without being seen")]
    [InlineData(true, "2026-10-27", false, " ", "Enter why the child was not seen alone")]
    [InlineData(false, null, false, null, "Enter why the child was not seen")]
    [InlineData(true, "2026-10-25", true, null, "The date the child was seen cannot be before the enquiry started, 26 October 2026")]
    [InlineData(true, "2026-11-03", true, null, "The date the child was seen cannot be in the future")]
    public void CanRecordChildSeen_Incomplete_SaysWhatIsMissing(bool seen, string? seenOn, bool alone, string? reason, string message) =>
        Started().CanRecordChildSeen(seen, seenOn is null ? null : DateOnly.Parse(seenOn, System.Globalization.CultureInfo.InvariantCulture), alone, reason, Today)
            .Message.ShouldBe(message);

    [Fact]
    public void RecordChildSeen_ChangedFromNotAloneToAlone_RecordsBeforeAndAfter()
    {
        var enquiry = Started();
        enquiry.RecordChildSeen(true, new DateOnly(2026, 10, 27), false, "Mother would not leave the room", Today, By());

        enquiry.RecordChildSeen(true, new DateOnly(2026, 10, 28), true, null, Today, By());

        enquiry.ChildSeenAlone.ShouldBeTrue();
        enquiry.NotSeenReason.ShouldBeNull();
        var change = enquiry.PendingChanges[^1];
        change.Summary.ShouldBe("Section 47 enquiry: child seen alone");
        change.Fields.ShouldContain(f => f.Field == "Date seen" && f.Before == "2026-10-27" && f.After == "2026-10-28");
        change.Fields.ShouldContain(f => f.Field == "Why not seen" && f.Before == "Mother would not leave the room" && f.After == null);
    }

    [Fact]
    public void CanRecordOutcome_ChildSeenNotRecorded_AsksForItFirst() =>
        Started().CanRecordOutcome(true, Section47Outcome.ChildInNeedPlan, "Reasons", Today, Today).Message
            .ShouldBe("Record whether the child was seen before recording the outcome");

    [Fact]
    public void CanRecordOutcome_ConferenceWithoutSubstantiatedConcerns_IsRefused() =>
        Seen().CanRecordOutcome(false, Section47Outcome.InitialChildProtectionConference, "Reasons", Today, Today).Message
            .ShouldBe("An initial child protection conference follows only when concerns of significant harm are substantiated");

    [Fact]
    public void CanRecordOutcome_CompletedBeforeTheChildWasSeen_IsRefused() =>
        Seen(new DateOnly(2026, 10, 30)).CanRecordOutcome(true, Section47Outcome.ChildInNeedPlan, "Reasons", new DateOnly(2026, 10, 29), Today).Message
            .ShouldBe("The completion date cannot be before the child was seen, 30 October 2026");

    [Fact]
    public void CanRecordOutcome_NoReasons_AsksForThem() =>
        Seen().CanRecordOutcome(true, Section47Outcome.ChildInNeedPlan, "", Today, Today).Message.ShouldBe("Enter the reasons for the outcome");

    [Fact]
    public void RecordOutcome_NoFurtherAction_EndsTheEnquiryAndItsConferenceClock()
    {
        var enquiry = Seen();

        enquiry.RecordOutcome(false, Section47Outcome.NoFurtherAction, " Accidental injury ", Today, Today, By());

        enquiry.IsInitialConferenceNotRequired.ShouldBeTrue();
        enquiry.IsOngoing.ShouldBeFalse();
        enquiry.InitialConferenceClock(Timescales.Standard, Today).ShouldBeNull();
        enquiry.PendingChanges[^1].Summary.ShouldBe("Section 47 enquiry outcome: No further action");
        enquiry.CanRecordChildSeen(true, Today, true, null, Today).IsAllowed.ShouldBeFalse();
    }

    [Fact]
    public void RecordOutcome_ConferenceNeeded_KeepsTheConferenceClockRunning()
    {
        var enquiry = Seen();

        enquiry.RecordOutcome(true, Section47Outcome.InitialChildProtectionConference, "Serious injuries", Today, Today, By());

        enquiry.IsOngoing.ShouldBeTrue();
        var clock = enquiry.InitialConferenceClock(Timescales.Standard, Today).ShouldNotBeNull();
        clock.DueDate.ShouldBe(enquiry.InitialConferenceTarget);
        clock.Status.ShouldBe(TimescaleStatus.NotYetDue);
    }

    [Fact]
    public void RecordInitialConferenceHeld_OnTheTargetDate_StopsTheClockInTime()
    {
        var enquiry = Seen();
        enquiry.RecordOutcome(true, Section47Outcome.InitialChildProtectionConference, "Serious injuries", Today, Today, By());
        var conferenceId = Guid.CreateVersion7();
        var heldOn = new DateOnly(2026, 11, 16);

        enquiry.RecordInitialConferenceHeld(heldOn, conferenceId, By(new DateTimeOffset(2026, 11, 16, 15, 0, 0, TimeSpan.Zero)));

        enquiry.InitialConferenceHeldOn.ShouldBe(heldOn);
        enquiry.InitialConferenceId.ShouldBe(conferenceId);
        enquiry.IsOngoing.ShouldBeFalse();
        enquiry.InitialConferenceClock(Timescales.Standard, new DateOnly(2026, 12, 1))!.Status.ShouldBe(TimescaleStatus.MetInTime);
        enquiry.PendingChanges[^1].Fields.ShouldContain(f => f.Field == "Initial child protection conference held" && f.After == "2026-11-16");
    }

    [Fact]
    public void RecordInitialConferenceHeld_DayAfterTheTarget_IsLate()
    {
        var enquiry = Seen();
        enquiry.RecordOutcome(true, Section47Outcome.InitialChildProtectionConference, "Serious injuries", Today, Today, By());

        enquiry.RecordInitialConferenceHeld(new DateOnly(2026, 11, 17), Guid.CreateVersion7(), By(new DateTimeOffset(2026, 11, 17, 15, 0, 0, TimeSpan.Zero)));

        enquiry.InitialConferenceClock(Timescales.Standard, new DateOnly(2026, 12, 1))!.Status.ShouldBe(TimescaleStatus.MetLate);
    }

    [Fact]
    public void CanRecordInitialConferenceHeld_OutcomeNotAConference_IsRefused() =>
        Seen().CanRecordInitialConferenceHeld(Today, Today).Message
            .ShouldBe("Record the section 47 enquiry's outcome, that an initial child protection conference is needed, before the conference");

    [Fact]
    public void CanRecordInitialConferenceHeld_Twice_IsRefused()
    {
        var enquiry = Seen();
        enquiry.RecordOutcome(true, Section47Outcome.InitialChildProtectionConference, "Serious injuries", Today, Today, By());
        enquiry.RecordInitialConferenceHeld(Today, Guid.CreateVersion7(), By());

        enquiry.CanRecordInitialConferenceHeld(Today, Today).Message
            .ShouldBe("The initial child protection conference for this enquiry has already been recorded, on 2 November 2026");
    }

    [Fact]
    public void RecordInitialConferenceHeld_InTheFuture_Throws()
    {
        var enquiry = Seen();
        enquiry.RecordOutcome(true, Section47Outcome.InitialChildProtectionConference, "Serious injuries", Today, Today, By());

        Should.Throw<DomainRuleException>(() => enquiry.RecordInitialConferenceHeld(Today.AddDays(1), Guid.CreateVersion7(), By()))
            .Message.ShouldBe("The date of the initial child protection conference cannot be in the future");
    }

    [Fact]
    public void InitialConferenceClock_NotHeldPastTheTarget_IsOverdue() =>
        Started().InitialConferenceClock(Timescales.Standard, new DateOnly(2026, 11, 17))!.Status.ShouldBe(TimescaleStatus.Overdue);
}
