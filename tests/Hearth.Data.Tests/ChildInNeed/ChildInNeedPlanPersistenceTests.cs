using Hearth.Data.ChildInNeed;
using Hearth.Data.Chronology;
using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.ChildInNeed;

public class ChildInNeedPlanPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Referral = new(2026, 9, 1);

    // Thursday 1 October 2026.
    private static readonly DateOnly PlanStart = new(2026, 10, 1);

    [Theory]
    [DatabaseData]
    public async Task Save_PlanWithActionsAndReview_RoundTrips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var episode = await data.CreateEpisodeAsync(database, child.Id, Referral);

        var plan = await data.CreateChildInNeedPlanAsync(database, episode, PlanStart, p =>
        {
            data.Finalise(p);
            p.Review(data.Today, "School attendance up to 92%", PlanReviewOutcome.Continue, data.Today, data.Change());
        });

        await using var reading = database.CreateContext();
        var saved = await reading.Set<ChildInNeedPlan>().SingleAsync(p => p.Id == plan.Id);
        saved.StartDate.ShouldBe(PlanStart);
        saved.FinalisedOn.ShouldBe(PlanStart);
        saved.ContingencyPlan.ShouldBe("Strategy discussion if there is another incident of domestic abuse");
        var action = saved.Actions.ShouldHaveSingleItem();
        action.Who.ShouldBe("Family support worker");
        action.ByWhen.ShouldBe(PlanStart.AddDays(28));
        var review = saved.Reviews.ShouldHaveSingleItem();
        review.Outcome.ShouldBe(PlanReviewOutcome.Continue);
        review.Notes.ShouldBe("School attendance up to 92%");
        (await reading.ChangeRecords.CountAsync(r => r.EntityId == plan.Id)).ShouldBe(5);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ActionCompletedLater_IsSaved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var plan = await data.CreateChildInNeedPlanAsync(database, await data.CreateEpisodeAsync(database, child.Id, Referral), PlanStart, data.Finalise);

        await using (var changing = database.CreateContext())
        {
            var loaded = await changing.Set<ChildInNeedPlan>().SingleAsync(p => p.Id == plan.Id);
            loaded.CompleteAction(loaded.Actions[0].Id, data.Today, data.Today, data.Change());
            await changing.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        (await reading.Set<ChildInNeedPlan>().SingleAsync(p => p.Id == plan.Id)).Actions[0].CompletedOn.ShouldBe(data.Today);
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_NotFinalisedPlan_GivesFinaliseReviewVisitAndNothingForOtherChildren(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync();
        var plan = await data.CreateChildInNeedPlanAsync(database, await data.CreateEpisodeAsync(database, child.Id, Referral), PlanStart);
        await data.CreateChildInNeedPlanAsync(database, await data.CreateEpisodeAsync(database, other.Id, Referral), PlanStart);
        await using var db = database.CreateContext();

        var work = await new ChildInNeedPlanWork().OpenWorkAsync(db, new WorkQuery([child.Id], MondayTen, Timescales.Standard), CancellationToken.None);

        work.ShouldAllBe(w => w.ChildId == child.Id && w.SourceId == plan.Id);
        work.Select(w => w.Kind).ShouldBe(["ChildInNeedPlanFinalise", "ChildInNeedPlanReview", "ChildInNeedVisit"], ignoreOrder: true);
        work.Single(w => w.Kind == "ChildInNeedPlanFinalise").Status.ShouldBe(TimescaleStatus.Overdue);
        work.Single(w => w.Kind == "ChildInNeedPlanReview").DueDate.ShouldBe(new DateOnly(2027, 1, 1));

        // Thursday 1 October 2026 plus 20 working days is Thursday 29 October 2026.
        var visit = work.Single(w => w.Kind == "ChildInNeedVisit");
        visit.DueDate.ShouldBe(new DateOnly(2026, 10, 29));
        visit.Status.ShouldBe(TimescaleStatus.Overdue);
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_ChildSeenAndActionOpen_CountsFromTheVisitAndListsTheAction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        var plan = await data.CreateChildInNeedPlanAsync(database, await data.CreateEpisodeAsync(database, child.Id, Referral), PlanStart, data.Finalise);
        await data.CreateVisitAsync(database, child.Id, new DateOnly(2026, 10, 15));
        await data.CreateVisitAsync(database, child.Id, new DateOnly(2026, 10, 30), seen: false);
        await using var db = database.CreateContext();

        var work = await new ChildInNeedPlanWork().OpenWorkAsync(db, new WorkQuery([child.Id], MondayTen, Timescales.Standard), CancellationToken.None);

        // Thursday 15 October 2026 plus 20 working days is Thursday 12 November 2026.
        work.Single(w => w.Kind == "ChildInNeedVisit").DueDate.ShouldBe(new DateOnly(2026, 11, 12));
        var action = work.Single(w => w.Kind == "ChildInNeedPlanAction");
        action.SourceId.ShouldBe(plan.Actions[0].Id);
        action.DueDate.ShouldBe(PlanStart.AddDays(28));
        action.Status.ShouldBe(TimescaleStatus.Overdue);
        action.Detail.ShouldBe("Mother to attend the Freedom Programme (Family support worker)");
        work.ShouldNotContain(w => w.Kind == "ChildInNeedPlanFinalise");
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_EndedPlan_GivesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        await data.CreateChildInNeedPlanAsync(database, await data.CreateEpisodeAsync(database, child.Id, Referral), PlanStart, p =>
        {
            data.Finalise(p);
            p.End(data.Today, "Needs met", data.Today, data.Change());
        });
        await using var db = database.CreateContext();

        var work = await WorkList.OpenAsync(db, new WorkQuery([child.Id], MondayTen, Timescales.Standard));

        work.ShouldBeEmpty();
    }

    [Theory]
    [DatabaseData]
    public async Task Chronology_ReviewedAndEndedPlan_HasStartReviewAndEnd(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(MondayTen));
        var child = await data.CreateChildAsync();
        await data.CreateChildInNeedPlanAsync(database, await data.CreateEpisodeAsync(database, child.Id, Referral), PlanStart, p =>
        {
            data.Finalise(p);
            p.Review(data.Today, "Needs met", PlanReviewOutcome.End, data.Today, data.Change());
        });
        await using var db = database.CreateContext();

        var entries = await ChildChronology.ForChildAsync(db, child.Id);

        entries.Where(e => e.Category == ChronologyCategory.ChildInNeedPlan).Select(e => (e.Date, e.What)).ShouldBe(
        [
            (PlanStart, "Child in need plan started"),
            (data.Today, "Child in need plan ended"),
            (data.Today, "Child in need plan reviewed: plan to end"),
        ]);
    }
}
