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
}
