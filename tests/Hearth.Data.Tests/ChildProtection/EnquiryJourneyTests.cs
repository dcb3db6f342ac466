using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.ChildProtection;

/// <summary>
/// A child's journey from the front door's decision for an immediate strategy discussion, through a further discussion,
/// to a section 47 enquiry and its initial conference, with the work list read at each step.
/// </summary>
public class EnquiryJourneyTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));

    private static async Task<IReadOnlyList<(string Kind, TimescaleStatus Status, DateOnly Due)>> WorkAsync(TestDatabase database, Guid childId, DateTimeOffset now)
    {
        await using var db = database.CreateContext();
        return [.. (await WorkList.OpenAsync(db, new WorkQuery([childId], now, Timescales.Standard)))
            .Where(i => i.Kind != Timescales.Standard.ReferrerAcknowledgement.Key)
            .Select(i => (i.Kind, i.Status, i.DueDate))];
    }

    [Theory]
    [DatabaseData]
    public async Task Journey_FrontDoorToInitialConference_EveryClockRunsFromItsFirstEventAndStopsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();

        // Friday 6 November, 17:45: out of hours, so the strategy discussion clock starts on Monday at 09:00.
        var (contact, episode) = await data.ImmediateStrategyDiscussionAsync(database.CreateContext, child.Id, new DateTimeOffset(2026, 11, 6, 17, 45, 0, TimeSpan.Zero));
        (await WorkAsync(database, child.Id, new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero)))
            .ShouldBe([("StrategyDiscussion", TimescaleStatus.NotYetDue, new DateOnly(2026, 11, 10))]);

        var cause = ReasonableCause.FromContact(contact, episode)!;
        var (first, none) = await data.RecordStrategyDiscussionAsync(
            database.CreateContext, episode, cause, new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.Zero), StrategyDiscussionOutcome.FurtherStrategyDiscussion);
        none.ShouldBeNull();
        first.StrategyDiscussionClock(Timescales.Standard, Clock.GetUtcNow())!.Status.ShouldBe(TimescaleStatus.MetInTime);
        (await WorkAsync(database, child.Id, new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero))).ShouldBeEmpty();

        // The last strategy discussion starts the enquiry: 11 November plus 15 working days.
        var (_, enquiry) = await data.RecordStrategyDiscussionAsync(
            database.CreateContext, episode, null, new DateTimeOffset(2026, 11, 11, 11, 0, 0, TimeSpan.Zero), previous: first);
        enquiry!.StartDate.ShouldBe(new DateOnly(2026, 11, 11));
        enquiry.InitialConferenceTarget.ShouldBe(new DateOnly(2026, 12, 2));
        (await WorkAsync(database, child.Id, new DateTimeOffset(2026, 11, 12, 10, 0, 0, TimeSpan.Zero)))
            .ShouldBe([("Section47Outcome", TimescaleStatus.NotYetDue, new DateOnly(2026, 12, 2))]);

        await data.RecordEnquiryProgressAsync(database.CreateContext, enquiry.Id, new DateOnly(2026, 11, 12), Section47Outcome.InitialChildProtectionConference, new DateOnly(2026, 11, 20));
        (await WorkAsync(database, child.Id, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero)))
            .ShouldBe([("InitialChildProtectionConference", TimescaleStatus.Overdue, new DateOnly(2026, 12, 2))]);

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Set<Section47Enquiry>().SingleAsync();
            loaded.RecordInitialConferenceHeld(new DateOnly(2026, 11, 27), Guid.CreateVersion7(), data.Change());
            await db.SaveChangesAsync();
        }

        (await WorkAsync(database, child.Id, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero))).ShouldBeEmpty();
        await using var reading = database.CreateContext();
        var held = await reading.Set<Section47Enquiry>().SingleAsync();
        held.InitialConferenceClock(Timescales.Standard, new DateOnly(2026, 12, 3))!.Status.ShouldBe(TimescaleStatus.MetInTime);
        held.IsOngoing.ShouldBeFalse();
        (await reading.Set<ChildInNeedEpisode>().SingleAsync()).IsOpen.ShouldBeTrue();
    }
}
