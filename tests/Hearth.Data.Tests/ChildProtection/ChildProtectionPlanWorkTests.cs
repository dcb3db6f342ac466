using Hearth.Data.ChildProtection;
using Hearth.Data.Work;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.ChildProtection;

public class ChildProtectionPlanWorkTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly FakeClock Clock = new(MondayTen);

    private static ChangeContext By() => new(Guid.CreateVersion7(), "Priya Shah", MondayTen);

    private static WorkQuery Query(params Guid[] childIds) => new(childIds, MondayTen, Timescales.Standard);

    [Theory]
    [DatabaseData]
    public async Task OpenWork_NewOutlinePlan_HasEveryClockAndTheFinalising(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var plan = await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id, new DateOnly(2026, 10, 1));
        await using var db = database.CreateContext();

        var items = await new ChildProtectionPlanWork().OpenWorkAsync(db, Query(child.Id), CancellationToken.None);

        items.Select(i => i.Kind).ShouldBe(["FirstCoreGroup", "FirstChildProtectionReview", "ChildProtectionVisit", ChildProtectionPlanWork.FinaliseKind], ignoreOrder: true);
        items.ShouldAllBe(i => i.ChildId == child.Id && i.SourceId == plan.Id && i.Path == $"/children/{child.Id}/child-protection-plans/{plan.Id}");
        var coreGroup = items.Single(i => i.Kind == "FirstCoreGroup");
        coreGroup.DueDate.ShouldBe(new DateOnly(2026, 10, 15));
        coreGroup.Status.ShouldBe(TimescaleStatus.Overdue);
        items.Single(i => i.Kind == "FirstChildProtectionReview").DueDate.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_MeetingsHeldAndChildSeen_CountsFromThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id, new DateOnly(2026, 10, 1), configure: plan =>
        {
            plan.RecordCoreGroup(new DateOnly(2026, 10, 14), ChildProtectionPlanTestData.QuorateAttendees(), null, Today, By());
            plan.RecordReviewConference(new DateOnly(2026, 10, 30), ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.Neglect, Today, By());
        });
        await using (var saving = database.CreateContext())
        {
            saving.Add(Visit.Record(child.Id, VisitKind.ChildProtection, new DateOnly(2026, 10, 26), null, true, true, null, null, null, null, Today, By()));
            saving.Add(Visit.Record(child.Id, VisitKind.ChildProtection, new DateOnly(2026, 10, 29), null, false, false, "Not at home", null, null, null, Today, By()));
            await saving.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        var items = await new ChildProtectionPlanWork().OpenWorkAsync(db, Query(child.Id), CancellationToken.None);

        items.Single(i => i.Kind == "CoreGroup").DueDate.ShouldBe(new DateOnly(2026, 11, 25));
        items.Single(i => i.Kind == "ChildProtectionReview").DueDate.ShouldBe(new DateOnly(2027, 4, 30));
        items.Single(i => i.Kind == "ChildProtectionVisit").DueDate.ShouldBe(new DateOnly(2026, 11, 9));
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_ActionsWithDates_GivesOnlyTheOpenOnesWithAStatus(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id, new DateOnly(2026, 10, 1), configure: plan =>
        {
            plan.AddAction("Overdue action", "Mother", new DateOnly(2026, 10, 30), Today, By());
            plan.AddAction("Soon action", null, new DateOnly(2026, 11, 6), Today, By());
            plan.AddAction("Undated action", "Father", null, Today, By());
            var done = plan.AddAction("Done action", "Mother", new DateOnly(2026, 10, 20), Today, By());
            plan.CompleteAction(done.Id, new DateOnly(2026, 10, 19), Today, By());
        });
        await using var db = database.CreateContext();

        var actions = (await new ChildProtectionPlanWork().OpenWorkAsync(db, Query(child.Id), CancellationToken.None))
            .Where(i => i.Kind == ChildProtectionPlanWork.ActionKind).OrderBy(i => i.DueDate).ToList();

        actions.Select(a => (a.Detail, a.Status)).ShouldBe([("Overdue action (Mother)", TimescaleStatus.Overdue), ("Soon action", TimescaleStatus.DueSoon)]);
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_EndedPlanOrAnotherChild_GivesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var ended = await data.CreateChildAsync();
        var other = await data.CreateChildAsync();
        var asked = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(
            database.CreateContext, ended.Id, new DateOnly(2026, 10, 1), configure: plan => plan.End(Today, ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority, null, Today, By()));
        await data.CreateChildProtectionPlanAsync(database.CreateContext, other.Id, new DateOnly(2026, 10, 1));
        await using var db = database.CreateContext();

        (await new ChildProtectionPlanWork().OpenWorkAsync(db, Query(ended.Id, asked.Id), CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [DatabaseData]
    public async Task WorkList_FinalisedPlan_IsFoundWithoutTheFinalising(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id, new DateOnly(2026, 10, 1), configure: plan =>
        {
            plan.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 12, 31), Today, By());
            plan.SetContingencyPlan("Legal planning meeting", By());
            plan.Finalise(Today, By());
        });
        await using var db = database.CreateContext();

        var items = await WorkList.OpenAsync(db, Query(child.Id));

        items.ShouldNotContain(i => i.Kind == ChildProtectionPlanWork.FinaliseKind);
        items.ShouldContain(i => i.Kind == "FirstCoreGroup");
    }
}
