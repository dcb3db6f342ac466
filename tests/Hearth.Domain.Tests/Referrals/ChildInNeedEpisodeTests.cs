using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.Tests.Referrals;

public class ChildInNeedEpisodeTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly Guid Child = Guid.CreateVersion7();

    private static ChangeContext Change(string? reason = null) => new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), reason);

    private static ChildInNeedEpisode Open(DateOnly referralDate, params ChildInNeedEpisode[] earlier) =>
        ChildInNeedEpisode.Open(Child, referralDate, ReferralSource.Schools, PrimaryNeed.AbuseNeglectAndExploitation, null, earlier, Today, Change());

    private static ChildInNeedEpisode Closed(DateOnly referralDate, DateOnly closureDate)
    {
        var episode = Open(referralDate);
        episode.Close(closureDate, ClosureReason.ServicesCeased, [], Today, Change());
        episode.TakePendingChanges();
        return episode;
    }

    [Fact]
    public void Open_NoEarlierEpisodes_IsOpenAndRecordsTheReferral()
    {
        var episode = Open(new DateOnly(2026, 10, 30));

        episode.IsOpen.ShouldBeTrue();
        episode.IsReReferral.ShouldBeFalse();
        var change = episode.PendingChanges.ShouldHaveSingleItem();
        change.ChildId.ShouldBe(Child);
        change.Summary.ShouldBe("Referral recorded");
        change.Fields.ShouldContain(f => f.Field == "Referral date" && f.Before == null && f.After == "2026-10-30");
        change.Fields.ShouldContain(f => f.Field == "Primary need" && f.After == "Abuse, neglect and exploitation");
    }

    [Fact]
    public void Open_EarlierReferralExactlyTwelveMonthsBefore_IsAReReferral()
    {
        var earlier = Closed(new DateOnly(2025, 11, 2), new DateOnly(2026, 1, 10));

        var episode = Open(new DateOnly(2026, 11, 2), earlier);

        episode.IsReReferral.ShouldBeTrue();
        episode.PendingChanges.ShouldHaveSingleItem().Summary.ShouldBe("Referral recorded (re-referral within 12 months)");
    }

    [Fact]
    public void Open_EarlierReferralTwelveMonthsAndOneDayBefore_IsNotAReReferral()
    {
        var earlier = Closed(new DateOnly(2025, 11, 1), new DateOnly(2026, 1, 10));

        var episode = Open(new DateOnly(2026, 11, 2), earlier);

        episode.IsReReferral.ShouldBeFalse();
    }

    [Fact]
    public void Open_EarlierEpisodeOfAnotherChild_IsNotAReReferral()
    {
        var other = ChildInNeedEpisode.Open(Guid.CreateVersion7(), new DateOnly(2026, 6, 1), ReferralSource.Police, PrimaryNeed.LowIncome, null, [], Today, Change());
        other.Close(new DateOnly(2026, 7, 1), ClosureReason.ServicesCeased, [], Today, Change());

        Open(new DateOnly(2026, 11, 2), other).IsReReferral.ShouldBeFalse();
    }

    [Fact]
    public void CanOpen_ChildHasAnOpenEpisode_IsRefused()
    {
        var open = Open(new DateOnly(2026, 9, 1));

        var rule = ChildInNeedEpisode.CanOpen(new DateOnly(2026, 11, 1), [open], Today);

        rule.Message.ShouldBe("The child already has an open child in need episode. Close it before recording a new referral");
        Should.Throw<DomainRuleException>(() => Open(new DateOnly(2026, 11, 1), open));
    }

    [Fact]
    public void CanOpen_FutureReferralDate_IsRefused()
    {
        ChildInNeedEpisode.CanOpen(Today.AddDays(1), [], Today).Message.ShouldBe("The referral date cannot be in the future");
    }

    [Fact]
    public void Close_Valid_ClosesWithTheReasonAndRecordsBeforeAndAfter()
    {
        var episode = Open(new DateOnly(2026, 9, 1));
        episode.TakePendingChanges();

        episode.Close(new DateOnly(2026, 11, 1), ClosureReason.TransferredToAnotherLocalAuthority, [], Today, Change());

        episode.IsOpen.ShouldBeFalse();
        episode.ClosureReason.ShouldBe(ClosureReason.TransferredToAnotherLocalAuthority);
        var change = episode.PendingChanges.ShouldHaveSingleItem();
        change.Fields.ShouldContain(f => f.Field == "Status" && f.Before == "Open" && f.After == "Closed");
        change.Fields.ShouldContain(f => f.Field == "Closure date" && f.Before == null && f.After == "2026-11-01");
        change.Fields.ShouldContain(f => f.Field == "Reason for closure" && f.After == "Transferred to services of another local authority");
    }

    [Theory]
    [InlineData(2026, 8, 31, "The closure date cannot be before the referral date, 1 September 2026")]
    [InlineData(2026, 11, 3, "The closure date cannot be in the future")]
    public void CanClose_DateOutsideTheEpisode_IsRefused(int year, int month, int day, string message)
    {
        var episode = Open(new DateOnly(2026, 9, 1));

        episode.CanClose(new DateOnly(year, month, day), ClosureReason.ServicesCeased, [], Today).Message.ShouldBe(message);
    }

    [Fact]
    public void CanClose_OnTheReferralDateAndToday_IsAllowed()
    {
        var episode = Open(Today);

        episode.CanClose(Today, ClosureReason.ServicesCeased, [], Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanClose_NoReason_AsksForOne()
    {
        Open(new DateOnly(2026, 9, 1)).CanClose(Today, null, [], Today).Message.ShouldBe("Select the reason the episode closed");
    }

    [Fact]
    public void CanClose_AlreadyClosed_IsRefused()
    {
        var episode = Closed(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1));

        episode.CanClose(Today, ClosureReason.ServicesCeased, [], Today).Message.ShouldBe("This child in need episode is already closed");
        Should.Throw<DomainRuleException>(() => episode.Close(Today, ClosureReason.ServicesCeased, [], Today, Change()));
    }

    [Fact]
    public void EndWithNoFurtherAction_ClosesAsCaseClosedAfterAssessmentNoFurtherAction()
    {
        var episode = Open(new DateOnly(2026, 10, 30));
        episode.TakePendingChanges();

        episode.EndWithNoFurtherAction(Today, [], Today, Change());

        episode.IsReferralNoFurtherAction.ShouldBeTrue();
        episode.ClosureReason!.Code.ShouldBe("RC8");
        episode.ClosureDate.ShouldBe(Today);
        episode.PendingChanges.ShouldHaveSingleItem().Summary.ShouldBe("Referral ended with no further action");
    }

    [Fact]
    public void Reopen_ClosedEpisode_OpensItAndKeepsTheClosureInTheChangeRecord()
    {
        var episode = Closed(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1));

        episode.Reopen("Closed in error: the assessment is still under way", [episode], Change());

        episode.IsOpen.ShouldBeTrue();
        episode.ClosureReason.ShouldBeNull();
        var change = episode.PendingChanges.ShouldHaveSingleItem();
        change.Reason.ShouldBe("Closed in error: the assessment is still under way");
        change.Fields.ShouldContain(f => f.Field == "Closure date" && f.Before == "2026-10-01" && f.After == null);
        change.Fields.ShouldContain(f => f.Field == "Reason for closure" && f.Before == "Services ceased for any other reason, including child no longer in need" && f.After == null);
    }

    [Fact]
    public void CanReopen_AnotherEpisodeIsOpen_IsRefused()
    {
        var closed = Closed(new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 1));
        var open = Open(new DateOnly(2026, 9, 1));

        closed.CanReopen("Closed in error", [closed, open]).Message.ShouldBe("The child already has an open child in need episode. Close it before reopening this one");
    }

    [Fact]
    public void CanReopen_OpenEpisodeOrNoReason_IsRefused()
    {
        var open = Open(new DateOnly(2026, 9, 1));
        var closed = Closed(new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 1));

        open.CanReopen("Closed in error", [open]).Message.ShouldBe("This child in need episode is already open");
        closed.CanReopen(" ", [closed]).Message.ShouldBe("Enter the reason for reopening the episode");
    }

    [Fact]
    public void CanClose_PlansStillOpen_NamesThemAndRefuses()
    {
        var episode = Open(new DateOnly(2026, 9, 1));

        var rule = episode.CanClose(Today, ClosureReason.ServicesCeased, ["the child protection plan", "the child in need plan"], Today);

        rule.Message.ShouldBe("End the child protection plan and the child in need plan first: an episode can only close when its plans have ended");
        Should.Throw<DomainRuleException>(() => episode.Close(Today, ClosureReason.ServicesCeased, ["the child in need plan"], Today, Change()));
        Should.Throw<DomainRuleException>(() => episode.EndWithNoFurtherAction(Today, ["the child in need plan"], Today, Change()));
        episode.IsOpen.ShouldBeTrue();
    }
}
