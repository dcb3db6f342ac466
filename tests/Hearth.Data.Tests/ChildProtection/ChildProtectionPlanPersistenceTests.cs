using Hearth.Domain.Audit;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.ChildProtection;

public class ChildProtectionPlanPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly FakeClock Clock = new(MondayTen);

    private static ChangeContext By() => new(Guid.CreateVersion7(), "Priya Shah", MondayTen);

    [Theory]
    [DatabaseData]
    public async Task Save_PlanWithActionsMeetingsAndReview_RoundTripsWithItsChangeRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var plan = await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id, new DateOnly(2026, 10, 1), CategoryOfAbuse.EmotionalAbuse);
        await using (var changing = database.CreateContext())
        {
            var loaded = await changing.Set<ChildProtectionPlan>().Include(p => p.Conferences).Include(p => p.CoreGroups).SingleAsync(p => p.Id == plan.Id);
            var action = loaded.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 12, 1), Today, By());
            loaded.CompleteAction(action.Id, Today, Today, By());
            loaded.SetContingencyPlan("Legal planning meeting", By());
            loaded.Finalise(Today, By());
            loaded.RecordCoreGroup(new DateOnly(2026, 10, 14), ChildProtectionPlanTestData.QuorateAttendees(), "Plan developed", Today, By());
            loaded.RecordReviewConference(Today, ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.Multiple, Today, By());
            await changing.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<ChildProtectionPlan>().AsSplitQuery().Include(p => p.Conferences).Include(p => p.CoreGroups).SingleAsync();
        saved.StartDate.ShouldBe(new DateOnly(2026, 10, 1));
        saved.InitialCategory.ShouldBe(CategoryOfAbuse.EmotionalAbuse);
        saved.LatestCategory.ShouldBe(CategoryOfAbuse.Multiple);
        saved.ContingencyPlan.ShouldBe("Legal planning meeting");
        saved.FinalisedOn.ShouldBe(Today);
        var savedAction = saved.Actions.ShouldHaveSingleItem();
        savedAction.Who.ShouldBe("Priya Shah");
        savedAction.CompletedOn.ShouldBe(Today);
        saved.Conferences.Select(c => c.Kind).ShouldBe([ConferenceKind.Initial, ConferenceKind.Review], ignoreOrder: true);
        saved.Conferences.ShouldAllBe(c => c.Attendees.Count == 3);
        var meeting = saved.CoreGroups.ShouldHaveSingleItem();
        meeting.Notes.ShouldBe("Plan developed");
        meeting.Attendees.Select(a => a.Agency).ShouldBe([ConferenceAgency.LocalAuthority, ConferenceAgency.Police, ConferenceAgency.Health], ignoreOrder: true);
        (await reading.ChangeRecords.Where(r => r.EntityId == plan.Id).Select(r => r.Summary).ToListAsync()).ShouldBe(
            [
                "Child protection plan started", "Action added to the child protection plan", "Child protection plan action completed", "Contingency plan set",
                "Child protection plan finalised", "Core group meeting recorded", "Child protection review conference recorded",
            ],
            ignoreOrder: true);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ConferenceWithNoPlan_RoundTripsWithItsAttendees(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync(expectedDateOfBirth: Today.AddMonths(3));
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var enquiryId = Guid.CreateVersion7();
        var conference = ChildProtectionConference.RecordInitial(
            child.Id, true, episode, Today, ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.NoPlan, null, enquiryId, [], Today, By());
        await using (var saving = database.CreateContext())
        {
            saving.Add(conference);
            await saving.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<ChildProtectionConference>().SingleAsync();
        saved.Kind.ShouldBe(ConferenceKind.PreBirthInitial);
        saved.Outcome.ShouldBe(ConferenceOutcome.NoPlan);
        saved.Section47EnquiryId.ShouldBe(enquiryId);
        saved.PlanId.ShouldBeNull();
        saved.Attendees.Select(a => a.Name).ShouldBe(["Dee Chair", "PC Jo Bloggs", "Ann Lee"], ignoreOrder: true);
        (await reading.ChangeRecords.SingleAsync(r => r.EntityId == conference.Id)).Summary.ShouldBe("Pre-birth initial child protection conference recorded");
    }

    [Theory]
    [DatabaseData]
    public async Task Save_SecondOpenPlanForTheSameChild_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id);
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id);
        var racing = ChildProtectionPlan.Start(
            ChildProtectionConference.RecordInitial(child.Id, false, episode, Today, ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.Plan, CategoryOfAbuse.Neglect, null, [], Today, By()),
            [],
            By());
        await using var db = database.CreateContext();
        db.Add(racing);

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ChangedByTwoPeopleAtOnce_RefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Set<ChildProtectionPlan>().SingleAsync();
        var secondCopy = await second.Set<ChildProtectionPlan>().SingleAsync();
        firstCopy.SetContingencyPlan("Legal planning meeting", By());
        await first.SaveChangesAsync();
        secondCopy.SetContingencyPlan("Family group conference", By());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
