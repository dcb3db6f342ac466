using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.Work;

public class WorkerWorkTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen);

    [Theory]
    [DatabaseData]
    public async Task OpenAsync_AfterAHandover_IsOnTheNewWorkersListOnlyAndEndedWorkIsNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var today = data.Today;
        var team = await data.CreateTeamAsync();
        var social = await data.CreateWorkerAsync(team);
        var support = await data.CreateWorkerAsync(team);
        var former = await data.CreateWorkerAsync(team);
        var child = await data.CreateChildAsync(configure: c =>
        {
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today.AddMonths(-4), today.AddDays(-1), today.AddMonths(-4), data.Change());
            var ended = c.AddWarning(WarningType.Other, "Ended", today.AddMonths(-4), today.AddDays(-2), today.AddMonths(-4), data.Change());
            c.EndWarning(ended.Id, today, "No longer a risk", today, data.Change());
        });
        var other = await data.CreateChildAsync();
        await data.AllocateAsync(child, former, team, today.AddMonths(-2));
        await data.AllocateAsync(child, social, team, today.AddMonths(-1));
        await data.AllocateAsync(other, support, team);
        await using var db = database.CreateContext();
        IReadOnlyCollection<Guid> workers = [social.Id, support.Id, former.Id];

        var allocated = await WorkerWork.AllocatedChildrenAsync(db, workers, today);
        var work = await WorkerWork.OpenAsync(db, allocated, workers, MondayTen, Timescales.Standard);

        allocated.ShouldBe([new WorkerChild(social.Id, child.Id), new WorkerChild(support.Id, other.Id)], ignoreOrder: true);
        work.Select(w => w.WorkerId).ShouldBe([social.Id]);
        work.ShouldAllBe(w => w.Item.ChildId == child.Id && w.Item.Kind == "WarningReview"
            && w.Item.Status == TimescaleStatus.Overdue && w.Item.DueDate == today.AddDays(-1) && w.Item.Detail == WarningType.DogOrAnimal.Description);
    }

    [Theory]
    [DatabaseData]
    public async Task OpenAsync_NoChildren_GathersNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var work = await WorkList.OpenAsync(db, new WorkQuery([], MondayTen, Timescales.Standard));

        work.ShouldBeEmpty();
    }
}
