using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using static Hearth.Domain.Tests.ChildProtection.EnquiryExamples;

namespace Hearth.Domain.Tests.ChildProtection;

public class ReasonableCauseDecisionTests
{
    private static RuleResult Check(
        ChildInNeedEpisode? episode, DateTimeOffset? decidedAt = null, string? decidedBy = "Sam Lee", string? rationale = "Disclosure",
        IEnumerable<ReasonableCause>? causes = null, IEnumerable<StrategyDiscussion>? discussions = null) =>
        ReasonableCauseDecision.CanRecord(episode, decidedAt ?? Now.AddHours(-1), decidedBy, rationale, causes ?? [], discussions ?? [], Now);

    [Fact]
    public void CanRecord_NoOpenEpisode_AsksForAReferral()
    {
        var closed = Episode();
        closed.Close(Today, ClosureReason.ServicesCeased, Today, By());

        Check(null).Message.ShouldBe("The child has no open child in need episode. Record a referral first");
        Check(closed).Message.ShouldBe("The child has no open child in need episode. Record a referral first");
    }

    [Fact]
    public void CanRecord_InTheFuture_IsRefused() =>
        Check(Episode(), decidedAt: Now.AddMinutes(1)).Message.ShouldBe("The date and time of the decision must be in the past");

    [Fact]
    public void CanRecord_BeforeTheReferral_IsRefused() =>
        Check(Episode(new DateOnly(2026, 10, 30)), decidedAt: new DateTimeOffset(2026, 10, 29, 12, 0, 0, TimeSpan.Zero))
            .Message.ShouldBe("The decision cannot be before the referral date, 30 October 2026");

    [Theory]
    [InlineData(" ", "Disclosure", "Enter who made the decision")]
    [InlineData("Sam Lee", "", "Enter why there is reasonable cause to suspect significant harm")]
    public void CanRecord_MissingWhoOrWhy_AsksForIt(string decidedBy, string rationale, string message) =>
        Check(Episode(), decidedBy: decidedBy, rationale: rationale).Message.ShouldBe(message);

    [Fact]
    public void CanRecord_EarlierDecisionStillAwaitingItsDiscussion_RefusesToRestartTheClock()
    {
        var episode = Episode();
        var earlier = Decision(episode, new DateTimeOffset(2026, 10, 30, 14, 15, 0, TimeSpan.Zero)).AsCause();

        Check(episode, causes: [earlier]).Message.ShouldBe(
            "A strategy discussion is already due for the decision made on 30 October 2026 at 14:15. Record that strategy discussion: its clock cannot be restarted");
    }

    [Fact]
    public void CanRecord_FrontDoorDecisionStillAwaitingItsDiscussion_RefusesToRestartTheClock()
    {
        var decidedAt = new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero);
        var contact = ImmediateStrategyDiscussionContact(Guid.CreateVersion7(), decidedAt);
        var episode = ChildInNeedEpisodeFor(contact);
        var fromFrontDoor = ReasonableCause.FromContact(contact, episode)!;

        Check(episode, causes: [fromFrontDoor]).IsAllowed.ShouldBeFalse();
    }

    [Fact]
    public void CanRecord_EarlierDecisionDiscussed_AllowsANewDecision()
    {
        var episode = Episode();
        var earlier = Decision(episode, new DateTimeOffset(2026, 10, 5, 10, 0, 0, TimeSpan.Zero)).AsCause();
        var discussion = Discussion(episode, earlier, new DateTimeOffset(2026, 10, 5, 15, 0, 0, TimeSpan.Zero), StrategyDiscussionOutcome.NoSection47Enquiry);

        Check(episode, causes: [earlier], discussions: [discussion]).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Record_Valid_KeepsTheDecisionAndRecordsTheChange()
    {
        var episode = Episode();
        var decidedAt = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

        var decision = ReasonableCauseDecision.Record(episode, decidedAt, " Sam Lee ", " Disclosure at school ", [], [], By(reason: "Reasonable cause"));

        decision.ChildId.ShouldBe(episode.ChildId);
        decision.EpisodeId.ShouldBe(episode.Id);
        decision.DecidedBy.ShouldBe("Sam Lee");
        var change = decision.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Decision: reasonable cause to suspect significant harm");
        change.Reason.ShouldBe("Reasonable cause");
        change.Fields.ShouldContain(f => f.Field == "Decided" && f.Before == null && f.After == "2026-11-02T09:30:00.0000000+00:00");
        change.Fields.ShouldContain(f => f.Field == "Rationale" && f.After == "Disclosure at school");
    }

    [Fact]
    public void Record_Refused_Throws() =>
        Should.Throw<DomainRuleException>(() => ReasonableCauseDecision.Record(Episode(), Now.AddDays(1), "Sam Lee", "Disclosure", [], [], By()));

    private static ChildInNeedEpisode ChildInNeedEpisodeFor(Hearth.Domain.FrontDoor.Contact contact) =>
        ChildInNeedEpisode.Open(contact.Children[0].ChildId, new DateOnly(2026, 10, 30), contact.Source, PrimaryNeed.AbuseNeglectAndExploitation, contact.Id, [], Today, By());
}
