using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using static Hearth.Domain.Tests.ChildProtection.EnquiryExamples;

namespace Hearth.Domain.Tests.ChildProtection;

public class ReasonableCauseTests
{
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 11, 6, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FridayEvening = new(2026, 11, 6, 18, 30, 0, TimeSpan.Zero);

    [Fact]
    public void FromContact_ImmediateStrategyDiscussionForTheEpisodesContact_StartsTheClockAtTheFrontDoorDecision()
    {
        var contact = ImmediateStrategyDiscussionContact(Guid.CreateVersion7(), FridayAfternoon);
        var episode = ChildInNeedEpisode.Open(
            contact.Children[0].ChildId, new DateOnly(2026, 11, 6), contact.Source, PrimaryNeed.AbuseNeglectAndExploitation, contact.Id, [], Today.AddDays(4), By());

        var cause = ReasonableCause.FromContact(contact, episode).ShouldNotBeNull();

        cause.Origin.ShouldBe(ReasonableCauseOrigin.FrontDoorContact);
        cause.Id.ShouldBe(contact.Id);
        cause.DecidedAt.ShouldBe(FridayAfternoon);
        cause.Rationale.ShouldBe("Disclosure of physical abuse");
    }

    [Fact]
    public void FromContact_ReferralOutcome_IsNoReasonableCauseDecision()
    {
        var contact = Contact.Record(
            new ContactDetails(FridayAfternoon.AddHours(-1), ReferralSource.Schools, "Head teacher", null, "Neglect", [Guid.CreateVersion7()], false),
            [], FrontDoorOptions.Default, By(FridayAfternoon.AddHours(-1)));
        contact.Decide(LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare, "Needs assessment", By(FridayAfternoon));
        var episode = ChildInNeedEpisode.Open(
            contact.Children[0].ChildId, new DateOnly(2026, 11, 6), contact.Source, PrimaryNeed.AbuseNeglectAndExploitation, contact.Id, [], Today.AddDays(4), By());

        ReasonableCause.FromContact(contact, episode).ShouldBeNull();
    }

    [Fact]
    public void FromContact_EpisodeFromAnotherContact_IsNoReasonableCauseDecision()
    {
        var contact = ImmediateStrategyDiscussionContact(Guid.CreateVersion7(), FridayAfternoon);
        var episode = Episode(contactId: Guid.CreateVersion7());

        ReasonableCause.FromContact(contact, episode).ShouldBeNull();
    }

    [Fact]
    public void StrategyDiscussionClock_DecidedFridayAfternoon_IsDueMondayAtTheSameTime()
    {
        var cause = Decision(Episode(), FridayAfternoon).AsCause();

        var clock = cause.StrategyDiscussionClock(Timescales.Standard, null, new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero));

        clock.DueAt.ShouldBe(new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.Zero));
        clock.Status.ShouldBe(TimescaleStatus.DueToday);
    }

    [Theory]
    [InlineData(9, 0, TimescaleStatus.MetInTime)]
    [InlineData(9, 1, TimescaleStatus.MetLate)]
    public void StrategyDiscussionClock_DecidedFridayAfterHours_RunsFromMondayOpeningToTuesdayOpening(int hour, int minute, TimescaleStatus expected)
    {
        var cause = Decision(Episode(), FridayEvening).AsCause();
        var heldAt = new DateTimeOffset(2026, 11, 10, hour, minute, 0, TimeSpan.Zero);

        var clock = cause.StrategyDiscussionClock(Timescales.Standard, heldAt, heldAt);

        clock.Status.ShouldBe(expected);
    }

    [Fact]
    public void StrategyDiscussionClock_NotHeldPastDue_IsOverdue()
    {
        var cause = Decision(Episode(), FridayAfternoon).AsCause();

        cause.StrategyDiscussionClock(Timescales.Standard, null, new DateTimeOffset(2026, 11, 9, 15, 1, 0, TimeSpan.Zero))
            .Status.ShouldBe(TimescaleStatus.Overdue);
    }
}
