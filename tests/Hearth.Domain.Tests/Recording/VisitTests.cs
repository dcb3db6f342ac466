using Hearth.Domain.Audit;
using Hearth.Domain.Recording;

namespace Hearth.Domain.Tests.Recording;

public class VisitTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly ChangeContext Context = new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), null);

    [Fact]
    public void CanRecord_InTheFuture_IsRefused() =>
        Visit.CanRecord(Today.AddDays(1), true, true, null, Today).Message.ShouldBe("The date of the visit cannot be in the future");

    [Fact]
    public void CanRecord_SeenAloneButNotSeen_IsRefused() =>
        Visit.CanRecord(Today, false, true, null, Today).Message.ShouldBe("A child cannot be seen alone without being seen");

    [Theory]
    [InlineData(false, "Enter why the child was not seen")]
    [InlineData(true, "Enter why the child was not seen alone")]
    public void CanRecord_NotSeenAloneWithoutReason_AsksWhy(bool seen, string message) =>
        Visit.CanRecord(Today, seen, false, "  ", Today).Message.ShouldBe(message);

    [Fact]
    public void Record_SeenAlone_DropsAnyNotSeenReasonAndRecordsTheChange()
    {
        var visit = Visit.Record(Guid.CreateVersion7(), VisitKind.ChildInNeed, Today, null, true, true, "left over", " Happy ", null, null, Today, Context);

        visit.NotSeenReason.ShouldBeNull();
        visit.WishesAndFeelings.ShouldBe("Happy");
        visit.PendingChanges.Single().Summary.ShouldBe("Visit recorded");
    }

    [Fact]
    public void Record_TextTooLong_IsRefusedNamingTheField() =>
        Should.Throw<DomainRuleException>(() => Visit.Record(
            Guid.CreateVersion7(), VisitKind.Other, Today, null, true, true, null, null, new string('x', Visit.MaxTextLength + 1), null, Today, Context))
            .Message.ShouldBe("Enter the observations in 20,000 characters or fewer");

    [Fact]
    public void CanCorrect_NoReason_AsksForOne()
    {
        var visit = Seen();

        visit.CanCorrect(VisitKind.ChildInNeed, Today, null, true, true, null, "Happy", null, null, "  ", Today)
            .Message.ShouldBe("Enter the reason for the correction");
    }

    [Fact]
    public void CanCorrect_NothingChanged_IsRefused()
    {
        var visit = Seen();

        visit.CanCorrect(VisitKind.ChildInNeed, Today, null, true, true, null, " Happy ", "", null, "Typo", Today)
            .Message.ShouldBe("You have not changed anything. Change the visit, or go back to it");
    }

    [Fact]
    public void CanCorrect_ToNotSeenWithoutReason_AsksWhy()
    {
        var visit = Seen();

        visit.CanCorrect(VisitKind.ChildInNeed, Today, null, false, false, null, "Happy", null, null, "Wrong visit", Today)
            .Message.ShouldBe("Enter why the child was not seen");
    }

    [Fact]
    public void Correct_ToNotSeen_ChangesTheVisitAndRecordsBeforeAndAfterWithTheReason()
    {
        var visit = Seen();
        var version = visit.Version;
        visit.TakePendingChanges();
        var correcting = new ChangeContext(Guid.CreateVersion7(), "Sam Lee", Context.Now.AddHours(1), "Recorded against the wrong visit");

        visit.Correct(VisitKind.ChildInNeed, Today.AddDays(-1), null, false, false, "Child at school", "Happy", null, null, Today, correcting);

        visit.ChildSeen.ShouldBeFalse();
        visit.ChildSeenAlone.ShouldBeFalse();
        visit.NotSeenReason.ShouldBe("Child at school");
        visit.VisitedOn.ShouldBe(Today.AddDays(-1));
        visit.Version.ShouldNotBe(version);
        var change = visit.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Visit corrected");
        change.Reason.ShouldBe("Recorded against the wrong visit");
        change.Fields.ShouldContain(new FieldChange("Child seen", "Yes", "No"));
        change.Fields.ShouldContain(new FieldChange("Date of visit", "2026-11-02", "2026-11-01"));
        change.Fields.ShouldContain(new FieldChange("Why not seen", null, "Child at school"));
        change.Fields.ShouldNotContain(f => f.Field == "Wishes and feelings");
    }

    [Fact]
    public void Correct_WithoutReason_Throws()
    {
        var visit = Seen();

        Should.Throw<DomainRuleException>(() => visit.Correct(VisitKind.Other, Today, null, true, true, null, "Happy", null, null, Today, Context))
            .Message.ShouldBe("Enter the reason for the correction");
    }

    [Theory]
    [InlineData(VisitKind.ChildProtection, "Child protection visit")]
    [InlineData(VisitKind.Section47Enquiry, "Section 47 enquiry visit")]
    public void DisplayName_Kind_IsThePractitionersName(VisitKind kind, string name) => kind.DisplayName.ShouldBe(name);

    private static Visit Seen() =>
        Visit.Record(Guid.CreateVersion7(), VisitKind.ChildInNeed, Today, null, true, true, null, "Happy", null, null, Today, Context);
}
