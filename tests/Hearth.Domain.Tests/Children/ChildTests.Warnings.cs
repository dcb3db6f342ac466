using Hearth.Domain.Children;

using static Hearth.Domain.Tests.Children.TestChildren;

namespace Hearth.Domain.Tests.Children;

public partial class ChildTests
{
    [Fact]
    public void AddWarning_Valid_IsActiveAndRecorded()
    {
        var child = Registered();

        var warning = child.AddWarning(WarningType.DogOrAnimal, "Large dog kept in the kitchen", Today, new DateOnly(2026, 8, 14), Today, Context());

        warning.IsActive.ShouldBeTrue();
        child.Warnings.ShouldBe([warning]);
        var change = SingleChange(child);
        change.Summary.ShouldBe("Warning added");
        Field(change, "Type").After.ShouldBe("Dog or other animal");
        Field(change, "Review date").After.ShouldBe("2026-08-14");
    }

    [Fact]
    public void CanAddWarning_ReviewDateInThePast_IsRefused()
    {
        Child.CanAddWarning("Dog", Today, Today.AddDays(-1), Today).Message.ShouldBe("The review date cannot be in the past");
        Child.CanAddWarning("Dog", Today, Today, Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanAddWarning_NoDescription_IsRefused()
    {
        Child.CanAddWarning(null, Today, Today, Today).Message.ShouldBe("Describe the risk to visiting workers");
    }

    [Fact]
    public void CanAddWarning_RaisedInTheFuture_IsRefused()
    {
        Child.CanAddWarning("Dog", Today.AddDays(1), Today.AddDays(30), Today).Message
            .ShouldBe("The date the warning was raised cannot be in the future");
    }

    [Fact]
    public void IsOverdueForReview_AfterTheReviewDate_IsTrueUntilReviewed()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));

        warning.IsOverdueForReview(new DateOnly(2026, 6, 1)).ShouldBeFalse();
        warning.IsOverdueForReview(new DateOnly(2026, 6, 2)).ShouldBeTrue();
        child.WarningsOverdueForReview(new DateOnly(2026, 6, 2)).ShouldBe([warning]);
    }

    [Fact]
    public void ReviewWarning_Continue_SetsTheNewReviewDate()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));
        var later = new DateOnly(2026, 6, 3);

        child.ReviewWarning(warning.Id, later, WarningReviewOutcome.Continue, new DateOnly(2026, 9, 1), "Dog still there", later, Context());

        warning.ReviewDate.ShouldBe(new DateOnly(2026, 9, 1));
        warning.IsOverdueForReview(later).ShouldBeFalse();
        warning.Reviews.ShouldHaveSingleItem().Outcome.ShouldBe(WarningReviewOutcome.Continue);
        var change = SingleChange(child);
        change.Summary.ShouldBe("Warning reviewed");
        Field(change, "Review date").ShouldBe(new Audit.FieldChange("Review date", "2026-06-01", "2026-09-01"));
    }

    [Fact]
    public void ReviewWarning_End_EndsTheWarningWithTheNoteAsReason()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));

        child.ReviewWarning(warning.Id, Today, WarningReviewOutcome.End, null, "Family rehomed the dog", Today, Context());

        warning.IsActive.ShouldBeFalse();
        warning.EndedOn.ShouldBe(Today);
        warning.EndReason.ShouldBe("Family rehomed the dog");
        SingleChange(child).Summary.ShouldBe("Warning reviewed and ended");
    }

    [Fact]
    public void CanReviewWarning_ContinueWithNextReviewInThePast_IsRefused()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));

        child.CanReviewWarning(warning.Id, Today, WarningReviewOutcome.Continue, Today.AddDays(-1), null, Today).Message
            .ShouldBe("The next review date cannot be in the past");
        child.CanReviewWarning(warning.Id, Today, WarningReviewOutcome.Continue, null, null, Today).Message
            .ShouldBe("Enter the date of the next review");
        child.CanReviewWarning(warning.Id, Today, WarningReviewOutcome.Continue, Today, null, Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanReviewWarning_EndWithoutReason_IsRefused()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));

        child.CanReviewWarning(warning.Id, Today, WarningReviewOutcome.End, null, " ", Today).Message
            .ShouldBe("Give a reason for ending the warning");
    }

    [Fact]
    public void CanReviewWarning_EndedWarning_IsRefused()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));
        child.EndWarning(warning.Id, Today, "Moved away from the dog", Today, Context());

        child.CanReviewWarning(warning.Id, Today, WarningReviewOutcome.Continue, Today.AddDays(30), null, Today).Message
            .ShouldBe("This warning has ended");
    }

    [Fact]
    public void CanEndWarning_NoReason_IsRefused()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));

        child.CanEndWarning(warning.Id, Today, null, Today).Message.ShouldBe("Give a reason for ending the warning");
    }

    [Fact]
    public void CanEndWarning_BeforeItWasRaised_IsRefused()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));

        child.CanEndWarning(warning.Id, new DateOnly(2026, 5, 1), "Gone", Today).Message
            .ShouldBe("The warning cannot end before it was raised on 4 May 2026");
    }

    [Fact]
    public void EndWarning_Twice_IsRefused()
    {
        var child = Registered();
        var warning = AddDogWarning(child, reviewDate: new DateOnly(2026, 6, 1));
        child.EndWarning(warning.Id, Today, "Dog rehomed", Today, Context());

        var change = SingleChange(child);
        Field(change, "Reason").After.ShouldBe("Dog rehomed");
        warning.IsOverdueForReview(new DateOnly(2026, 7, 1)).ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => child.EndWarning(warning.Id, Today, "Again", Today, Context()))
            .Message.ShouldBe("This warning has already ended");
    }

    private static WorkerSafetyWarning AddDogWarning(Child child, DateOnly reviewDate)
    {
        var warning = child.AddWarning(WarningType.DogOrAnimal, "Large dog", new DateOnly(2026, 5, 4), reviewDate, Today, Context());
        child.TakePendingChanges();
        return warning;
    }
}
