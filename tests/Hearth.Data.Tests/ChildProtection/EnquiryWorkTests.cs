using Hearth.Data.ChildProtection;
using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.ChildProtection;

public class EnquiryWorkTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen);

    private static async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(TestDatabase database, DateTimeOffset now, params Guid[] childIds)
    {
        await using var db = database.CreateContext();
        var items = await WorkList.OpenAsync(db, new WorkQuery(childIds, now, Timescales.Standard));
        return [.. items.Where(i => i.Kind is "StrategyDiscussion" or "InitialChildProtectionConference" or EnquiryWork.Section47OutcomeKind)];
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_DecisionNotYetDiscussed_IsAStrategyDiscussionDueToTheHour(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var decision = await data.RecordReasonableCauseAsync(database.CreateContext, episode, new DateTimeOffset(2026, 10, 30, 18, 30, 0, TimeSpan.Zero));

        var item = (await OpenWorkAsync(database, MondayTen, child.Id, other.Id)).ShouldHaveSingleItem();

        item.Kind.ShouldBe("StrategyDiscussion");
        item.ChildId.ShouldBe(child.Id);
        item.SourceId.ShouldBe(decision.Id);
        item.DueAt.ShouldBe(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));
        item.Status.ShouldBe(TimescaleStatus.NotYetDue);
        item.Path.ShouldBe($"/children/{child.Id}/child-protection");
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_FrontDoorDecisionNotYetDiscussed_IsOverdueOnceItsWorkingDayHasPassed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var (contact, _) = await data.ImmediateStrategyDiscussionAsync(database.CreateContext, child.Id, new DateTimeOffset(2026, 10, 29, 14, 0, 0, TimeSpan.Zero));

        var item = (await OpenWorkAsync(database, MondayTen, child.Id)).ShouldHaveSingleItem();

        item.SourceId.ShouldBe(contact.Id);
        item.Status.ShouldBe(TimescaleStatus.Overdue);
        item.Detail!.ShouldContain("at the front door");
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_DiscussionHeldWithNoSection47_LeavesNothingOpen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var (contact, episode) = await data.ImmediateStrategyDiscussionAsync(database.CreateContext, child.Id, new DateTimeOffset(2026, 10, 29, 14, 0, 0, TimeSpan.Zero));
        var cause = ReasonableCause.FromContact(contact, episode)!;
        await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, cause, new DateTimeOffset(2026, 10, 29, 16, 0, 0, TimeSpan.Zero), StrategyDiscussionOutcome.NoSection47Enquiry);

        (await OpenWorkAsync(database, MondayTen, child.Id)).ShouldBeEmpty();
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_EnquiryWithoutOutcome_IsItsOutcomeDueByTheConferenceTarget(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var cause = (await data.RecordReasonableCauseAsync(database.CreateContext, episode, new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero))).AsCause();
        var (_, enquiry) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, cause, new DateTimeOffset(2026, 10, 12, 12, 0, 0, TimeSpan.Zero));

        var item = (await OpenWorkAsync(database, MondayTen, child.Id)).ShouldHaveSingleItem();

        item.Kind.ShouldBe(EnquiryWork.Section47OutcomeKind);
        item.Title.ShouldBe("Section 47 enquiry outcome");
        item.SourceId.ShouldBe(enquiry!.Id);
        item.DueDate.ShouldBe(new DateOnly(2026, 11, 2));
        item.Status.ShouldBe(TimescaleStatus.DueToday);
        item.Path.ShouldBe($"/children/{child.Id}/section-47-enquiries/{enquiry.Id}");
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_ConferenceNeededAndNotHeld_IsTheInitialConferenceThenGoneOnceHeld(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var cause = (await data.RecordReasonableCauseAsync(database.CreateContext, episode, new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero))).AsCause();
        var (_, enquiry) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, cause, new DateTimeOffset(2026, 10, 12, 12, 0, 0, TimeSpan.Zero));
        await data.RecordEnquiryProgressAsync(database.CreateContext, enquiry!.Id, new DateOnly(2026, 10, 13), Section47Outcome.InitialChildProtectionConference);

        var item = (await OpenWorkAsync(database, MondayTen.AddDays(1), child.Id)).ShouldHaveSingleItem();
        item.Kind.ShouldBe("InitialChildProtectionConference");
        item.Status.ShouldBe(TimescaleStatus.Overdue);

        await using (var db = database.CreateContext())
        {
            var loaded = db.Set<Section47Enquiry>().Single();
            loaded.RecordInitialConferenceHeld(new DateOnly(2026, 11, 2), Guid.CreateVersion7(), data.Change());
            await db.SaveChangesAsync();
        }

        (await OpenWorkAsync(database, MondayTen.AddDays(1), child.Id)).ShouldBeEmpty();
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_EnquiryEndedInAChildInNeedPlan_LeavesNothingOpen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var cause = (await data.RecordReasonableCauseAsync(database.CreateContext, episode, new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero))).AsCause();
        var (_, enquiry) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, cause, new DateTimeOffset(2026, 10, 12, 12, 0, 0, TimeSpan.Zero));
        await data.RecordEnquiryProgressAsync(database.CreateContext, enquiry!.Id, new DateOnly(2026, 10, 13), Section47Outcome.ChildInNeedPlan);

        (await OpenWorkAsync(database, MondayTen, child.Id)).ShouldBeEmpty();
    }
}
