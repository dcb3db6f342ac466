using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;

namespace Hearth.Domain.Tests.FrontDoor;

public class ContactTests
{
    // November and December 2026 are GMT, so UTC times are London times.
    private static readonly DateTimeOffset MondayTen = At(2026, 11, 2, 10, 0);
    private static readonly Guid Child = Guid.CreateVersion7();
    private static readonly Guid Sibling = Guid.CreateVersion7();
    private static readonly Timescales Timescales = Timescales.Standard;

    [Fact]
    public void DecisionClock_ReceivedInWorkingHours_IsDueOneWorkingDayLater()
    {
        var contact = Received(MondayTen);

        var clock = contact.DecisionClock(Timescales, MondayTen.AddHours(1));

        clock.DueAt.ShouldBe(At(2026, 11, 3, 10, 0));
        clock.Status.ShouldBe(TimescaleStatus.DueSoon);
        clock.Timescale.Key.ShouldBe(nameof(Timescales.ContactDecision));
    }

    [Fact]
    public void DecisionClock_ReceivedFridayAfternoon_IsDueMondayAtTheSameTime()
    {
        var contact = Received(At(2026, 11, 6, 15, 0));

        contact.DecisionClock(Timescales, At(2026, 11, 6, 16, 0)).DueAt.ShouldBe(At(2026, 11, 9, 15, 0));
    }

    [Fact]
    public void DecisionClock_ReceivedFridayAfterHours_StartsMondayMorningSoIsDueTuesdayAtOpening()
    {
        var contact = Received(At(2026, 11, 6, 18, 30));

        var clock = contact.DecisionClock(Timescales, At(2026, 11, 9, 16, 0));

        clock.DueAt.ShouldBe(At(2026, 11, 10, 9, 0));
        clock.Status.ShouldBe(TimescaleStatus.DueSoon);
    }

    [Fact]
    public void DecisionClock_ReceivedBeforeChristmas_SkipsTheBankHolidaysAndTheWeekend()
    {
        var contact = Received(At(2026, 12, 24, 14, 0));

        contact.DecisionClock(Timescales, At(2026, 12, 24, 15, 0)).DueAt.ShouldBe(At(2026, 12, 29, 14, 0));
    }

    [Fact]
    public void DecisionClock_ReceivedOnChristmasDay_StartsOnTheNextWorkingDay()
    {
        var contact = Received(At(2026, 12, 25, 11, 0));

        contact.DecisionClock(Timescales, At(2026, 12, 25, 12, 0)).DueAt.ShouldBe(At(2026, 12, 30, 9, 0));
    }

    [Fact]
    public void DecisionClock_OnTheDueDayBeforeTheTime_IsDueToday()
    {
        var contact = Received(MondayTen);

        contact.DecisionClock(Timescales, At(2026, 11, 3, 9, 59)).Status.ShouldBe(TimescaleStatus.DueToday);
    }

    [Fact]
    public void DecisionClock_AMinutePastTheDueTime_IsOverdue()
    {
        var contact = Received(MondayTen);

        var clock = contact.DecisionClock(Timescales, At(2026, 11, 3, 10, 1));

        clock.Status.ShouldBe(TimescaleStatus.Overdue);
        clock.TimeLeft.ShouldBe(TimeSpan.FromMinutes(-1));
    }

    [Fact]
    public void DecisionClock_DecidedInTime_IsMetInTimeAndStopsWaiting()
    {
        var contact = Received(MondayTen);
        contact.Decide(LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp, "Family agree to early help", By(At(2026, 11, 3, 9, 0)));

        contact.DecisionClock(Timescales, At(2026, 11, 20, 9, 0)).Status.ShouldBe(TimescaleStatus.MetInTime);
        contact.TimeWaited(At(2026, 11, 20, 9, 0)).ShouldBe(TimeSpan.FromHours(23));
    }

    [Fact]
    public void DecisionClock_DecidedAfterTheDueTime_IsMetLate()
    {
        var contact = Received(MondayTen);
        contact.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "Needs met by universal services", By(At(2026, 11, 4, 9, 0)));

        contact.DecisionClock(Timescales, At(2026, 11, 4, 9, 0)).Status.ShouldBe(TimescaleStatus.MetLate);
    }

    [Fact]
    public void Reopen_AfterClosingPendingInformation_KeepsTheOriginalReceiptAndClock()
    {
        var contact = Received(MondayTen);
        contact.ClosePendingInformation("Waiting for the school to call back", By(At(2026, 11, 2, 12, 0)));

        contact.Reopen(By(At(2026, 11, 4, 9, 0)));

        contact.Status.ShouldBe(ContactStatus.AwaitingDecision);
        contact.ReceivedAt.ShouldBe(MondayTen);
        contact.ChainReceivedAt.ShouldBe(MondayTen);
        contact.DecisionClock(Timescales, At(2026, 11, 4, 9, 0)).Status.ShouldBe(TimescaleStatus.Overdue);
        contact.TimeWaited(At(2026, 11, 4, 9, 0)).ShouldBe(TimeSpan.FromHours(47));
    }

    [Fact]
    public void DecisionClock_WhileClosedPendingInformation_KeepsRunning()
    {
        var contact = Received(MondayTen);
        contact.ClosePendingInformation("Checking with the health visitor", By(At(2026, 11, 2, 12, 0)));

        contact.DecisionClock(Timescales, At(2026, 11, 3, 11, 0)).Status.ShouldBe(TimescaleStatus.Overdue);
        contact.IsUndecided.ShouldBeTrue();
    }

    [Fact]
    public void Record_SecondContactForTheSameChildWhileTheFirstIsUndecided_InheritsTheFirstReceipt()
    {
        var first = Received(MondayTen);
        var receivedAt = At(2026, 11, 4, 11, 0);

        var second = Contact.Record(Details(receivedAt), [first], FrontDoorOptions.Default, By(receivedAt));

        second.ChainRootId.ShouldBe(first.Id);
        second.IsLinked.ShouldBeTrue();
        second.ReceivedAt.ShouldBe(receivedAt);
        second.ChainReceivedAt.ShouldBe(MondayTen);
        second.DecisionClock(Timescales, receivedAt).DueAt.ShouldBe(At(2026, 11, 3, 10, 0));
        second.DecisionClock(Timescales, receivedAt).Status.ShouldBe(TimescaleStatus.Overdue);
        second.TimeWaited(receivedAt).ShouldBe(TimeSpan.FromHours(49));
    }

    [Fact]
    public void Record_SecondContactWhileTheFirstIsClosedWithoutDecision_IsLinked()
    {
        var first = Received(MondayTen);
        first.ClosePendingInformation("Waiting for police checks", By(At(2026, 11, 2, 15, 0)));
        var receivedAt = At(2026, 11, 6, 10, 0);

        var second = Contact.Record(Details(receivedAt), [first], FrontDoorOptions.Default, By(receivedAt));

        second.ChainRootId.ShouldBe(first.Id);
    }

    [Fact]
    public void Record_ThirdContactInAChain_LinksToTheChainsFirstContact()
    {
        var first = Received(MondayTen);
        var second = Contact.Record(Details(At(2026, 11, 3, 10, 0)), [first], FrontDoorOptions.Default, By(At(2026, 11, 3, 10, 0)));

        var third = Contact.Record(Details(At(2026, 11, 4, 10, 0)), [second], FrontDoorOptions.Default, By(At(2026, 11, 4, 10, 0)));

        third.ChainRootId.ShouldBe(first.Id);
        third.ChainReceivedAt.ShouldBe(MondayTen);
    }

    [Fact]
    public void Record_ContactForOneSiblingAfterAContactAboutBoth_IsLinked()
    {
        var first = Contact.Record(Details(MondayTen, Child, Sibling), [], FrontDoorOptions.Default, By(MondayTen));

        var second = Contact.Record(Details(At(2026, 11, 3, 9, 0), Sibling), [first], FrontDoorOptions.Default, By(At(2026, 11, 3, 9, 0)));

        second.ChainRootId.ShouldBe(first.Id);
        first.Children.Select(c => c.ChildId).ShouldBe([Child, Sibling]);
    }

    [Fact]
    public void Record_AfterTheEarlierContactWasDecided_StartsANewChain()
    {
        var first = Received(MondayTen);
        first.Decide(LevelOfNeed.Universal, ContactOutcome.InformationAndAdvice, "Advice given to the referrer", By(At(2026, 11, 2, 11, 0)));
        var receivedAt = At(2026, 11, 3, 10, 0);

        var second = Contact.Record(Details(receivedAt), [first], FrontDoorOptions.Default, By(receivedAt));

        second.ChainRootId.ShouldBeNull();
        second.ChainReceivedAt.ShouldBe(receivedAt);
    }

    [Fact]
    public void Record_OnTheLastMomentOfTheWindow_IsLinked()
    {
        var first = Received(MondayTen);
        var receivedAt = MondayTen.AddDays(7);

        Contact.Record(Details(receivedAt), [first], FrontDoorOptions.Default, By(receivedAt)).ChainRootId.ShouldBe(first.Id);
    }

    [Fact]
    public void Record_JustOutsideTheWindow_StartsANewChain()
    {
        var first = Received(MondayTen);
        var receivedAt = MondayTen.AddDays(7).AddMinutes(1);

        Contact.Record(Details(receivedAt), [first], FrontDoorOptions.Default, By(receivedAt)).ChainRootId.ShouldBeNull();
    }

    [Fact]
    public void Record_WithALongerLocalWindow_LinksAContactTenDaysLater()
    {
        var first = Received(MondayTen);
        var receivedAt = MondayTen.AddDays(10);

        var second = Contact.Record(Details(receivedAt), [first], new FrontDoorOptions { LinkWindowDays = 14 }, By(receivedAt));

        second.ChainRootId.ShouldBe(first.Id);
    }

    [Fact]
    public void Record_ForADifferentChild_StartsANewChain()
    {
        var first = Received(MondayTen);
        var receivedAt = At(2026, 11, 3, 10, 0);

        Contact.Record(Details(receivedAt, Sibling), [first], FrontDoorOptions.Default, By(receivedAt)).ChainRootId.ShouldBeNull();
    }

    [Fact]
    public void Record_EnteredLateForAContactReceivedBeforeTheEarlierOne_StartsItsOwnChain()
    {
        var later = Received(MondayTen);
        var receivedAt = MondayTen.AddHours(-2);

        Contact.Record(Details(receivedAt), [later], FrontDoorOptions.Default, By(MondayTen.AddHours(1))).ChainRootId.ShouldBeNull();
    }

    [Fact]
    public void Record_TwoUndecidedChains_JoinsTheOneReceivedFirst()
    {
        var older = Contact.Record(Details(MondayTen.AddDays(-1), Sibling), [], FrontDoorOptions.Default, By(MondayTen));
        var newer = Received(MondayTen);
        var receivedAt = At(2026, 11, 3, 10, 0);

        var contact = Contact.Record(Details(receivedAt, Child, Sibling), [newer, older], FrontDoorOptions.Default, By(receivedAt));

        contact.ChainRootId.ShouldBe(older.Id);
    }

    [Fact]
    public void Record_ForTwoChildren_RecordsTheChangeOnEachChildsHistory()
    {
        var contact = Contact.Record(Details(MondayTen, Child, Sibling) with { IsDomesticAbuseNotification = true }, [], FrontDoorOptions.Default, By(MondayTen));

        contact.PendingChanges.Select(c => c.ChildId).ShouldBe([Child, Sibling]);
        var fields = contact.PendingChanges[0].Fields;
        fields.ShouldContain(new FieldChange("Source", null, ReferralSource.Police.Description));
        fields.ShouldContain(new FieldChange("Police domestic abuse notification", null, "Yes"));
        fields.ShouldContain(new FieldChange("Status", null, "Awaiting decision"));
    }

    [Fact]
    public void CanRecord_ReceivedInTheFuture_IsRefused()
    {
        Contact.CanRecord(Details(MondayTen.AddMinutes(1)), MondayTen).Message
            .ShouldBe("The date and time the contact was received must be in the past");
    }

    [Fact]
    public void CanRecord_NoChildren_IsRefused()
    {
        Contact.CanRecord(Details(MondayTen) with { ChildIds = [] }, MondayTen).Message
            .ShouldBe("Enter the LA child ID of each child the contact is about");
    }

    [Fact]
    public void CanRecord_NoReferrerNameFromANamedSource_IsRefused()
    {
        Contact.CanRecord(Details(MondayTen) with { ReferrerName = " " }, MondayTen).Message
            .ShouldBe("Enter the referrer's name, or select anonymous as the source");
    }

    [Fact]
    public void CanRecord_AnonymousWithoutAName_IsAllowed()
    {
        Contact.CanRecord(Details(MondayTen) with { Source = ReferralSource.Anonymous, ReferrerName = null, ReferrerAgency = null }, MondayTen)
            .IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRecord_NoConcerns_IsRefused()
    {
        Contact.CanRecord(Details(MondayTen) with { PresentingConcerns = "" }, MondayTen).Message.ShouldBe("Enter the presenting concerns");
    }

    [Fact]
    public void Decide_DomesticAbuseNotificationBelowThreshold_StillNeedsAndRecordsADecision()
    {
        var contact = Contact.Record(Details(MondayTen) with { IsDomesticAbuseNotification = true }, [], FrontDoorOptions.Default, By(MondayTen));
        contact.IsUndecided.ShouldBeTrue();
        contact.DecisionClock(Timescales, At(2026, 11, 3, 11, 0)).Status.ShouldBe(TimescaleStatus.Overdue);
        var decidedAt = At(2026, 11, 2, 16, 0);

        contact.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "Single verbal argument, no children present", By(decidedAt));

        contact.Status.ShouldBe(ContactStatus.Decided);
        contact.Threshold.ShouldBe(LevelOfNeed.Universal);
        contact.Outcome.ShouldBe(ContactOutcome.NoFurtherAction);
        contact.DecidedAt.ShouldBe(decidedAt);
        contact.DecidedByName.ShouldBe("Dee Decider");
        contact.DecisionClock(Timescales, decidedAt).Status.ShouldBe(TimescaleStatus.MetInTime);
    }

    [Fact]
    public void Decide_RecordsTheDecisionWithBeforeAndAfter()
    {
        var contact = Received(MondayTen);
        contact.TakePendingChanges();

        contact.Decide(LevelOfNeed.ChildProtection, ContactOutcome.ImmediateStrategyDiscussion, "Injury to a non-mobile baby", By(At(2026, 11, 2, 11, 0)));

        var change = contact.PendingChanges.ShouldHaveSingleItem();
        change.ChildId.ShouldBe(Child);
        change.Summary.ShouldBe("Decision recorded: Immediate strategy discussion");
        change.Fields.ShouldContain(new FieldChange("Status", "Awaiting decision", "Decided"));
        change.Fields.ShouldContain(new FieldChange("Level of need", null, "Child protection"));
        change.Fields.ShouldContain(new FieldChange("Rationale", null, "Injury to a non-mobile baby"));
    }

    [Fact]
    public void CanDecide_StrategyDiscussionBelowTheChildProtectionThreshold_IsRefused()
    {
        Received(MondayTen).CanDecide(LevelOfNeed.ChildInNeed, ContactOutcome.ImmediateStrategyDiscussion, "Worried").Message
            .ShouldBe("An immediate strategy discussion needs the child protection threshold to be met");
    }

    [Fact]
    public void CanDecide_ReferralAtEarlyHelp_IsRefused()
    {
        Received(MondayTen).CanDecide(LevelOfNeed.EarlyHelp, ContactOutcome.ReferralToChildrensSocialCare, "Worried").Message
            .ShouldBe("A referral to children's social care needs the child in need or child protection threshold to be met");
    }

    [Fact]
    public void CanDecide_NoRationale_IsRefused()
    {
        Received(MondayTen).CanDecide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, " ").Message
            .ShouldBe("Enter the rationale for the decision");
    }

    [Fact]
    public void Decide_Twice_IsRefused()
    {
        var contact = Received(MondayTen);
        contact.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "No concerns", By(MondayTen));

        Should.Throw<DomainRuleException>(() => contact.Decide(LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp, "Changed my mind", By(MondayTen)))
            .Message.ShouldBe("A decision has already been recorded on this contact");
    }

    [Fact]
    public void Decide_WhileClosedPendingInformation_IsAllowed()
    {
        var contact = Received(MondayTen);
        contact.ClosePendingInformation("Waiting for the GP", By(MondayTen));

        contact.Decide(LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare, "GP confirms neglect", By(At(2026, 11, 3, 9, 0)));

        contact.Status.ShouldBe(ContactStatus.Decided);
    }

    [Fact]
    public void ClosePendingInformation_RecordsWhatIsBeingGathered()
    {
        var contact = Received(MondayTen);
        contact.TakePendingChanges();

        contact.ClosePendingInformation("  Waiting for the school  ", By(MondayTen.AddHours(1)));

        contact.Status.ShouldBe(ContactStatus.ClosedPendingInformation);
        contact.ClosedReason.ShouldBe("Waiting for the school");
        contact.ClosedAt.ShouldBe(MondayTen.AddHours(1));
        contact.PendingChanges.ShouldHaveSingleItem().Fields
            .ShouldContain(new FieldChange("Status", "Awaiting decision", "Closed while information is gathered"));
    }

    [Fact]
    public void CanClosePendingInformation_NoReason_IsRefused()
    {
        Received(MondayTen).CanClosePendingInformation("").Message.ShouldBe("Enter what information is being gathered");
    }

    [Fact]
    public void CanClosePendingInformation_WhenDecided_IsRefused()
    {
        var contact = Received(MondayTen);
        contact.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "No concerns", By(MondayTen));

        contact.CanClosePendingInformation("More checks").Message.ShouldBe("A decision has already been recorded on this contact");
    }

    [Fact]
    public void CanReopen_WhenOpen_IsRefused()
    {
        Received(MondayTen).CanReopen().Message.ShouldBe("Only a contact closed while information is gathered can be reopened");
    }

    private static Contact Received(DateTimeOffset receivedAt) =>
        Contact.Record(Details(receivedAt), [], FrontDoorOptions.Default, By(receivedAt));

    private static ContactDetails Details(DateTimeOffset receivedAt, params Guid[] children) =>
        new(receivedAt, ReferralSource.Police, "PC Jo Bloggs", "Kent Police", "Police called to a domestic incident", children.Length == 0 ? [Child] : children, false);

    private static ChangeContext By(DateTimeOffset now) => new(Guid.CreateVersion7(), "Dee Decider", now);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
