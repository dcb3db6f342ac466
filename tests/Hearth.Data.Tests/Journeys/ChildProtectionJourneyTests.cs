using Hearth.Data.Chronology;
using Hearth.Data.Referrals;
using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using Hearth.Domain.Referrals;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Journeys;

/// <summary>
/// A child's whole child protection journey, from the contact to the closed episode, with the work list read at
/// each step: every clock appears when it starts, shows its status on the day, and leaves the list once met.
/// </summary>
public class ChildProtectionJourneyTests
{
    private static readonly string[] JourneyKinds =
    [
        "StrategyDiscussion", "Section47Outcome", "InitialChildProtectionConference", "FirstCoreGroup", "CoreGroup",
        "FirstChildProtectionReview", "ChildProtectionReview", "ChildProtectionVisit", "ChildProtectionPlanFinalise", "ChildProtectionPlanAction",
    ];

    private static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static async Task<IReadOnlyList<(string Kind, TimescaleStatus Status, DateOnly Due)>> WorkAsync(TestDatabase database, Guid childId, DateTimeOffset now)
    {
        await using var db = database.CreateContext();
        return [.. (await WorkList.OpenAsync(db, new WorkQuery([childId], now, Timescales.Standard)))
            .Where(i => JourneyKinds.Contains(i.Kind))
            .Select(i => (i.Kind, i.Status, i.DueDate))];
    }

    private static async Task ChangeAsync<T>(TestDatabase database, Guid id, Action<T, HearthDbContext> change)
        where T : class
    {
        await using var db = database.CreateContext();
        var entity = await db.Set<T>().FindAsync(id) ?? throw new InvalidOperationException($"No {typeof(T).Name} {id}.");
        if (entity is ChildProtectionPlan)
        {
            await db.Entry(entity).Collection(nameof(ChildProtectionPlan.Conferences)).LoadAsync();
            await db.Entry(entity).Collection(nameof(ChildProtectionPlan.CoreGroups)).LoadAsync();
            await db.Entry(entity).Collection(nameof(ChildProtectionPlan.Actions)).LoadAsync();
        }

        change(entity, db);
        await db.SaveChangesAsync();
    }

    [Theory]
    [DatabaseData]
    public async Task Journey_ContactToClosure_EachClockIsOnTheListWhenDueAndLeavesWhenMet(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(At(2026, 11, 2));
        var data = new TestData(database.CreateContext, clock);
        var child = await data.CreateChildAsync();

        // Monday 2 November: the front door decides on an immediate strategy discussion, held that afternoon.
        var (contact, episode) = await data.ImmediateStrategyDiscussionAsync(database.CreateContext, child.Id, At(2026, 11, 2));
        (await WorkAsync(database, child.Id, At(2026, 11, 2, 11))).ShouldBe([("StrategyDiscussion", TimescaleStatus.DueSoon, new DateOnly(2026, 11, 3))]);
        var (_, started) = await data.RecordStrategyDiscussionAsync(database.CreateContext, episode, ReasonableCause.FromContact(contact, episode), At(2026, 11, 2, 15));
        var enquiry = started.ShouldNotBeNull();
        enquiry.InitialConferenceTarget.ShouldBe(new DateOnly(2026, 11, 23), "2 November plus 15 working days");

        // The enquiry finds a conference is needed; on 24 November, with none held, it is overdue.
        clock.Set(At(2026, 11, 6));
        await data.RecordEnquiryProgressAsync(database.CreateContext, enquiry.Id, new DateOnly(2026, 11, 3), Section47Outcome.InitialChildProtectionConference, new DateOnly(2026, 11, 6));
        (await WorkAsync(database, child.Id, At(2026, 11, 24))).ShouldBe([("InitialChildProtectionConference", TimescaleStatus.Overdue, new DateOnly(2026, 11, 23))]);

        // Friday 20 November: the conference is held in time and the plan starts.
        clock.Set(At(2026, 11, 20, 14));
        Guid planId;
        await using (var db = database.CreateContext())
        {
            var open = await db.Set<ChildInNeedEpisode>().SingleAsync(e => e.Id == episode.Id);
            var held = await db.Set<Section47Enquiry>().SingleAsync(e => e.Id == enquiry.Id);
            var conference = ChildProtectionConference.RecordInitial(
                child.Id, false, open, clock.Today, ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.Plan,
                CategoryOfAbuse.Neglect, held.Id, [], clock.Today, data.Change());
            held.RecordInitialConferenceHeld(clock.Today, conference.Id, data.Change());
            var plan = ChildProtectionPlan.Start(conference, [], data.Change());
            planId = plan.Id;
            db.Add(plan);
            await db.SaveChangesAsync();
        }

        (await WorkAsync(database, child.Id, At(2026, 11, 23))).ShouldBe(
            [
                ("FirstCoreGroup", TimescaleStatus.NotYetDue, new DateOnly(2026, 12, 4)),
                ("ChildProtectionPlanFinalise", TimescaleStatus.NotYetDue, new DateOnly(2026, 12, 4)),
                ("ChildProtectionVisit", TimescaleStatus.NotYetDue, new DateOnly(2026, 12, 4)),
                ("FirstChildProtectionReview", TimescaleStatus.NotYetDue, new DateOnly(2027, 2, 20)),
            ],
            ignoreOrder: true);

        // The plan is finalised with an action and a contingency; the child is visited and the core group meets.
        clock.Set(At(2026, 11, 23));
        await ChangeAsync<ChildProtectionPlan>(database, planId, (plan, _) =>
        {
            plan.AddAction("Attend the parenting course", "Mother", new DateOnly(2026, 12, 11), clock.Today, data.Change());
            plan.SetContingencyPlan("Legal planning meeting if the home conditions do not improve", data.Change());
            plan.Finalise(clock.Today, data.Change());
        });
        clock.Set(At(2026, 12, 2));
        await using (var db = database.CreateContext())
        {
            db.Add(Visit.Record(child.Id, VisitKind.ChildProtection, new DateOnly(2026, 12, 1), null, true, true, null, "I like my room now", null, null, clock.Today, data.Change()));
            await db.SaveChangesAsync();
        }

        await ChangeAsync<ChildProtectionPlan>(database, planId, (plan, _) =>
            plan.RecordCoreGroup(clock.Today, ChildProtectionPlanTestData.QuorateAttendees(), "Home conditions improving", clock.Today, data.Change()));
        (await WorkAsync(database, child.Id, At(2026, 12, 11))).ShouldBe(
            [
                ("ChildProtectionPlanAction", TimescaleStatus.DueToday, new DateOnly(2026, 12, 11)),
                ("ChildProtectionVisit", TimescaleStatus.DueSoon, new DateOnly(2026, 12, 15)),
                ("CoreGroup", TimescaleStatus.NotYetDue, new DateOnly(2027, 1, 13)),
                ("FirstChildProtectionReview", TimescaleStatus.NotYetDue, new DateOnly(2027, 2, 20)),
            ],
            ignoreOrder: true);

        // A missed visit shows as overdue; the review conference then ends the plan and its clocks stop.
        (await WorkAsync(database, child.Id, At(2026, 12, 16))).ShouldContain(("ChildProtectionVisit", TimescaleStatus.Overdue, new DateOnly(2026, 12, 15)));
        clock.Set(At(2027, 2, 18));
        await ChangeAsync<ChildProtectionPlan>(database, planId, (plan, _) =>
        {
            plan.CompleteAction(plan.Actions.Single().Id, new DateOnly(2026, 12, 10), clock.Today, data.Change());
            plan.RecordReviewConference(clock.Today, ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.EndPlan, null, clock.Today, data.Change());
        });
        (await WorkAsync(database, child.Id, At(2027, 2, 18, 15))).ShouldBeEmpty();

        // With its plan ended, the episode can close.
        await using (var db = database.CreateContext())
        {
            var open = await db.Set<ChildInNeedEpisode>().SingleAsync(e => e.Id == episode.Id);
            var openPlans = await EpisodePlans.OpenAsync(db, episode.Id);
            openPlans.ShouldBeEmpty();
            open.Close(clock.Today, ClosureReason.ServicesCeased, openPlans, clock.Today, data.Change("Plan ended at review"));
            await db.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var chronology = await ChildChronology.ForChildAsync(reading, child.Id);
        chronology.Select(e => e.Category).Distinct().ShouldBe(
            [ChronologyCategory.FrontDoor, ChronologyCategory.Referral, ChronologyCategory.StrategyAndEnquiry, ChronologyCategory.ChildProtection, ChronologyCategory.Visit],
            ignoreOrder: true);
        chronology.Select(e => e.Date).ShouldBeInOrder();
        (await reading.Set<ChildProtectionPlan>().SingleAsync()).EndDate.ShouldBe(new DateOnly(2027, 2, 18));
        (await reading.Set<ChildInNeedEpisode>().SingleAsync()).ClosureDate.ShouldBe(new DateOnly(2027, 2, 18));
    }
}
