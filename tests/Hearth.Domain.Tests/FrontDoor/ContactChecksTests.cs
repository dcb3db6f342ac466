using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;

namespace Hearth.Domain.Tests.FrontDoor;

public class ContactChecksTests
{
    // November and December 2026 are GMT, so UTC times are London times.
    private static readonly DateTimeOffset MondayTen = At(2026, 11, 2, 10, 0);
    private static readonly Guid Child = Guid.CreateVersion7();
    private static readonly Timescales Timescales = Timescales.Standard;

    [Fact]
    public void RequestCheck_Police_AddsAnOutstandingCheckAndRecordsTheChange()
    {
        var contact = Received(MondayTen);
        contact.TakePendingChanges();

        var check = contact.RequestCheck(CheckAgency.Police, null, MondayTen.AddMinutes(30), By(MondayTen.AddHours(1)));

        contact.Checks.ShouldHaveSingleItem().ShouldBeSameAs(check);
        check.AgencyName.ShouldBe("Police");
        check.RequestedAt.ShouldBe(MondayTen.AddMinutes(30));
        check.IsOutstanding.ShouldBeTrue();
        contact.OutstandingChecks.ShouldBe(1);
        var change = contact.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Check requested from Police");
        change.ChildId.ShouldBe(Child);
        change.Fields.ShouldContain(new FieldChange("Agency", null, "Police"));
    }

    [Fact]
    public void RequestCheck_OtherAgency_IsKnownByItsName()
    {
        var contact = Received(MondayTen);

        var check = contact.RequestCheck(CheckAgency.Other, "  Women's Aid  ", MondayTen, By(MondayTen));

        check.AgencyName.ShouldBe("Women's Aid");
    }

    [Fact]
    public void CanRequestCheck_OtherAgencyWithoutAName_IsRefused()
    {
        var contact = Received(MondayTen);

        contact.CanRequestCheck(CheckAgency.Other, " ", MondayTen, MondayTen).Message.ShouldBe("Enter the name of the agency");
    }

    [Fact]
    public void CanRequestCheck_BeforeTheContactWasReceived_IsRefused()
    {
        var contact = Received(MondayTen);

        contact.CanRequestCheck(CheckAgency.Health, null, MondayTen.AddMinutes(-1), MondayTen.AddHours(1)).Message
            .ShouldBe("The date and time the check was requested must be after the contact was received");
    }

    [Fact]
    public void CanRequestCheck_InTheFuture_IsRefused()
    {
        var contact = Received(MondayTen);

        contact.CanRequestCheck(CheckAgency.Health, null, MondayTen.AddHours(2), MondayTen.AddHours(1)).Message
            .ShouldBe("The date and time the check was requested must be in the past");
    }

    [Fact]
    public void CanRequestCheck_SameAgencyStillOutstanding_IsRefused()
    {
        var contact = Received(MondayTen);
        contact.RequestCheck(CheckAgency.Education, null, MondayTen, By(MondayTen));

        contact.CanRequestCheck(CheckAgency.Education, null, MondayTen, MondayTen).Message
            .ShouldBe("A check with Education is already outstanding on this contact");
    }

    [Fact]
    public void CanRequestCheck_SameAgencyAfterItReturned_IsAllowed()
    {
        var contact = Received(MondayTen);
        var check = contact.RequestCheck(CheckAgency.Education, null, MondayTen, By(MondayTen));
        contact.RecordCheckReturn(check.Id, MondayTen.AddHours(1), "Attendance 82%", By(MondayTen.AddHours(1)));

        contact.CanRequestCheck(CheckAgency.Education, null, MondayTen.AddHours(2), MondayTen.AddHours(2)).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRequestCheck_AfterTheDecision_IsRefused()
    {
        var contact = Received(MondayTen);
        contact.Decide(LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp, "Family want support", By(MondayTen.AddHours(1)));

        contact.CanRequestCheck(CheckAgency.Police, null, MondayTen.AddHours(2), MondayTen.AddHours(2)).Message
            .ShouldBe("A decision has already been recorded on this contact");
    }

    [Fact]
    public void RecordCheckReturn_WhatTheAgencySaid_IsKeptAndTheCheckIsNoLongerOutstanding()
    {
        var contact = Received(MondayTen);
        var check = contact.RequestCheck(CheckAgency.Police, null, MondayTen, By(MondayTen));
        contact.TakePendingChanges();

        contact.RecordCheckReturn(check.Id, MondayTen.AddHours(3), "  Two call-outs this year  ", By(MondayTen.AddHours(4)));

        check.ReturnedAt.ShouldBe(MondayTen.AddHours(3));
        check.Response.ShouldBe("Two call-outs this year");
        contact.OutstandingChecks.ShouldBe(0);
        var change = contact.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Check returned by Police");
        change.Fields.ShouldContain(new FieldChange("What the agency said", null, "Two call-outs this year"));
    }

    [Fact]
    public void RecordCheckReturn_AfterTheDecision_IsAllowed()
    {
        var contact = Received(MondayTen);
        var check = contact.RequestCheck(CheckAgency.Health, null, MondayTen, By(MondayTen));
        contact.Decide(LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare, "Needs assessment", By(MondayTen.AddHours(1)));

        contact.RecordCheckReturn(check.Id, MondayTen.AddHours(2), "Missed immunisations", By(MondayTen.AddHours(2)));

        check.IsOutstanding.ShouldBeFalse();
    }

    [Fact]
    public void CanRecordCheckReturn_BeforeItWasRequested_IsRefused()
    {
        var contact = Received(MondayTen);
        var check = contact.RequestCheck(CheckAgency.Health, null, MondayTen.AddHours(1), By(MondayTen.AddHours(1)));

        contact.CanRecordCheckReturn(check.Id, MondayTen.AddMinutes(30), "Known to the health visitor", MondayTen.AddHours(2)).Message
            .ShouldBe("The date and time the check was returned must be after it was requested");
    }

    [Fact]
    public void CanRecordCheckReturn_NoResponse_AsksWhatTheAgencySaid()
    {
        var contact = Received(MondayTen);
        var check = contact.RequestCheck(CheckAgency.Probation, null, MondayTen, By(MondayTen));

        contact.CanRecordCheckReturn(check.Id, MondayTen.AddHours(1), "", MondayTen.AddHours(1)).Message.ShouldBe("Enter what Probation said");
    }

    [Fact]
    public void CanRecordCheckReturn_Twice_IsRefused()
    {
        var contact = Received(MondayTen);
        var check = contact.RequestCheck(CheckAgency.Housing, null, MondayTen, By(MondayTen));
        contact.RecordCheckReturn(check.Id, MondayTen.AddHours(1), "Rent arrears", By(MondayTen.AddHours(1)));

        contact.CanRecordCheckReturn(check.Id, MondayTen.AddHours(2), "Again", MondayTen.AddHours(2)).Message
            .ShouldBe("The check with Housing has already been returned");
    }

    [Fact]
    public void CanRecordCheckReturn_UnknownCheck_IsRefused()
    {
        var contact = Received(MondayTen);

        contact.CanRecordCheckReturn(Guid.CreateVersion7(), MondayTen, "Anything", MondayTen).IsAllowed.ShouldBeFalse();
    }

    [Fact]
    public void RecordConsent_Given_RecordsWhenAndFromWhomWithBeforeAndAfter()
    {
        var contact = Received(MondayTen);
        contact.TakePendingChanges();

        contact.RecordConsent(MondayTen.AddHours(1), " Mother ", ConsentDecision.Given, "ignored", By(MondayTen.AddHours(2)));

        contact.ConsentSoughtAt.ShouldBe(MondayTen.AddHours(1));
        contact.ConsentSoughtFrom.ShouldBe("Mother");
        contact.Consent.ShouldBe(ConsentDecision.Given);
        contact.ConsentReason.ShouldBeNull();
        var change = contact.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Consent recorded: given");
        change.Fields.ShouldContain(new FieldChange("Consent", null, "Given"));
        change.Fields.ShouldContain(new FieldChange("Consent sought from", null, "Mother"));
    }

    [Fact]
    public void RecordConsent_SoughtThenRefused_KeepsWhatItWasBefore()
    {
        var contact = Received(MondayTen);
        contact.RecordConsent(MondayTen.AddHours(1), "Father", null, null, By(MondayTen.AddHours(1)));
        contact.TakePendingChanges();

        contact.RecordConsent(MondayTen.AddHours(1), "Father", ConsentDecision.Refused, "Does not want agencies involved", By(MondayTen.AddHours(3)));

        contact.Consent.ShouldBe(ConsentDecision.Refused);
        contact.ConsentReason.ShouldBe("Does not want agencies involved");
        var change = contact.PendingChanges.ShouldHaveSingleItem();
        change.Fields.ShouldContain(new FieldChange("Consent", null, "Refused"));
        change.Fields.ShouldContain(new FieldChange("Why", null, "Does not want agencies involved"));
        change.Fields.ShouldNotContain(f => f.Field == "Consent sought from");
    }

    [Fact]
    public void CanRecordConsent_RefusedWithoutAReason_IsRefused()
    {
        Contact.CanRecordConsent(MondayTen, "Mother", ConsentDecision.Refused, " ", MondayTen).Message.ShouldBe("Enter why consent was refused");
    }

    [Fact]
    public void CanRecordConsent_DispensedWithWithoutAReason_IsRefused()
    {
        Contact.CanRecordConsent(null, null, ConsentDecision.DispensedWith, null, MondayTen).Message.ShouldBe("Enter why consent was dispensed with");
    }

    [Fact]
    public void CanRecordConsent_DispensedWithWithoutBeingSought_IsAllowed()
    {
        Contact.CanRecordConsent(null, null, ConsentDecision.DispensedWith, "Seeking it would alert the alleged abuser", MondayTen).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRecordConsent_GivenWithoutWhoFrom_IsRefused()
    {
        Contact.CanRecordConsent(MondayTen, null, ConsentDecision.Given, null, MondayTen).Message.ShouldBe("Enter who consent was sought from");
    }

    [Fact]
    public void CanRecordConsent_SoughtInTheFuture_IsRefused()
    {
        Contact.CanRecordConsent(MondayTen.AddHours(1), "Mother", null, null, MondayTen).Message.ShouldBe("The date and time consent was sought must be in the past");
    }

    [Fact]
    public void Acknowledge_InTime_StopsTheClockAsMetInTime()
    {
        var contact = Received(MondayTen);

        contact.Acknowledge(MondayTen.AddHours(2), AcknowledgementMethod.Email, By(MondayTen.AddHours(3)));

        contact.AcknowledgedAt.ShouldBe(MondayTen.AddHours(2));
        contact.AcknowledgementMethod.ShouldBe(AcknowledgementMethod.Email);
        contact.AcknowledgementClock(Timescales, At(2026, 11, 20, 9, 0))!.Status.ShouldBe(TimescaleStatus.MetInTime);
        contact.PendingChanges[^1].Fields.ShouldContain(new FieldChange("How", null, "Email"));
    }

    [Fact]
    public void AcknowledgementClock_NotAcknowledgedAfterOneWorkingDay_IsOverdue()
    {
        var contact = Received(MondayTen);

        var clock = contact.AcknowledgementClock(Timescales, At(2026, 11, 3, 10, 1))!;

        clock.Status.ShouldBe(TimescaleStatus.Overdue);
        clock.Timescale.Key.ShouldBe(nameof(Timescales.ReferrerAcknowledgement));
    }

    [Fact]
    public void AcknowledgementClock_ReceivedFridayAfterHours_IsDueTuesdayAtOpening()
    {
        var contact = Received(At(2026, 11, 6, 18, 30));

        contact.AcknowledgementClock(Timescales, At(2026, 11, 9, 12, 0))!.DueAt.ShouldBe(At(2026, 11, 10, 9, 0));
    }

    [Fact]
    public void AcknowledgementClock_ReceivedBeforeTheChristmasBankHolidays_SkipsThem()
    {
        var contact = Received(At(2026, 12, 24, 14, 0));

        contact.AcknowledgementClock(Timescales, At(2026, 12, 24, 15, 0))!.DueAt.ShouldBe(At(2026, 12, 29, 14, 0));
    }

    [Fact]
    public void AcknowledgementClock_LinkedContact_RunsFromTheChainsFirstReceipt()
    {
        var first = Received(MondayTen);
        var second = Contact.Record(Details(At(2026, 11, 4, 9, 0)), [first], FrontDoorOptions.Default, By(At(2026, 11, 4, 9, 0)));

        var clock = second.AcknowledgementClock(Timescales, At(2026, 11, 4, 9, 0))!;

        clock.DueAt.ShouldBe(At(2026, 11, 3, 10, 0));
        clock.Status.ShouldBe(TimescaleStatus.Overdue);
    }

    [Fact]
    public void AcknowledgementClock_Anonymous_IsNullAndAcknowledgingIsRefused()
    {
        var contact = Contact.Record(
            Details(MondayTen) with { Source = ReferralSource.Anonymous, ReferrerName = null, ReferrerAgency = null }, [], FrontDoorOptions.Default, By(MondayTen));

        contact.AcknowledgementClock(Timescales, MondayTen).ShouldBeNull();
        contact.CanAcknowledge(MondayTen, AcknowledgementMethod.Telephone, MondayTen).Message
            .ShouldBe("There is no referrer to acknowledge: the contact is anonymous");
    }

    [Fact]
    public void CanAcknowledge_Twice_IsRefused()
    {
        var contact = Received(MondayTen);
        contact.Acknowledge(MondayTen, AcknowledgementMethod.Telephone, By(MondayTen));

        contact.CanAcknowledge(MondayTen.AddHours(1), AcknowledgementMethod.Letter, MondayTen.AddHours(1)).Message
            .ShouldBe("Receipt has already been acknowledged to the referrer");
    }

    [Fact]
    public void CanAcknowledge_BeforeReceipt_IsRefused()
    {
        var contact = Received(MondayTen);

        contact.CanAcknowledge(MondayTen.AddHours(-1), AcknowledgementMethod.Letter, MondayTen).Message
            .ShouldBe("The date and time the referrer was told must be after the contact was received");
    }

    [Fact]
    public void DecisionClock_ChainStartedFridayAfterHoursClosedAndReopenedMonday_IsStillDueTuesdayAtOpening()
    {
        var contact = Received(At(2026, 11, 6, 18, 30));
        contact.ClosePendingInformation("Waiting for the police log", By(At(2026, 11, 6, 19, 0)));
        contact.Reopen(By(At(2026, 11, 9, 15, 0)));

        var clock = contact.DecisionClock(Timescales, At(2026, 11, 10, 9, 1));

        clock.DueAt.ShouldBe(At(2026, 11, 10, 9, 0));
        clock.Status.ShouldBe(TimescaleStatus.Overdue);
        contact.TimeWaited(At(2026, 11, 10, 9, 1)).ShouldBe(new TimeSpan(3, 14, 31, 0));
    }

    [Fact]
    public void DecisionClock_ContactLinkedAfterTheChristmasBankHolidays_CountsFromTheReceiptBeforeThem()
    {
        var first = Received(At(2026, 12, 24, 14, 0));
        first.ClosePendingInformation("Waiting for the school after the holidays", By(At(2026, 12, 24, 15, 0)));
        var second = Contact.Record(Details(At(2026, 12, 29, 9, 30)), [first], FrontDoorOptions.Default, By(At(2026, 12, 29, 9, 30)));

        var clock = second.DecisionClock(Timescales, At(2026, 12, 29, 14, 1));

        second.ChainReceivedAt.ShouldBe(At(2026, 12, 24, 14, 0));
        clock.DueAt.ShouldBe(At(2026, 12, 29, 14, 0));
        clock.Status.ShouldBe(TimescaleStatus.Overdue);
    }

    [Fact]
    public void Decide_DomesticAbuseNotificationClosedWhileInformationIsGathered_StillNeedsADecisionAtUniversal()
    {
        var contact = Contact.Record(Details(MondayTen) with { IsDomesticAbuseNotification = true }, [], FrontDoorOptions.Default, By(MondayTen));
        contact.ClosePendingInformation("Waiting for the police risk assessment", By(MondayTen.AddHours(1)));
        contact.IsUndecided.ShouldBeTrue();

        var rule = contact.CanDecide(LevelOfNeed.Universal, ContactOutcome.InformationAndAdvice, "Standard risk; advice given to mother");

        rule.IsAllowed.ShouldBeTrue();
    }

    private static Contact Received(DateTimeOffset receivedAt) =>
        Contact.Record(Details(receivedAt), [], FrontDoorOptions.Default, By(receivedAt));

    private static ContactDetails Details(DateTimeOffset receivedAt) =>
        new(receivedAt, ReferralSource.Schools, "Ms Head", "Hill Primary", "Came to school hungry", [Child], false);

    private static ChangeContext By(DateTimeOffset now) => new(Guid.CreateVersion7(), "Dee Decider", now);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
