using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Recording;

public class OversightActionWorkTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task OpenAsync_OpenActions_AreOnTheirWorkersListWithTheStatusOfTheirDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var team = await data.CreateTeamAsync();
        var priya = await data.CreateWorkerAsync(team);
        var sam = await data.CreateWorkerAsync(team, givenName: "Sam", familyName: "Lee");
        var monday = data.Today;
        var oversight = await data.RecordOversightAsync(database, child.Id, monday.AddDays(-7),
            new OversightActionInput("Overdue one", priya.Id, monday.AddDays(-1)),
            new OversightActionInput("Today's", sam.Id, monday),
            new OversightActionInput("Soon", priya.Id, monday.AddDays(2)),
            new OversightActionInput("Later", priya.Id, monday.AddDays(3)));
        await using var db = database.CreateContext();

        var work = await WorkList.OpenAsync(db, new WorkQuery([child.Id], Clock.GetUtcNow(), Timescales.Standard));

        var actions = work.Where(w => w.Kind == "OversightAction").ToList();
        actions.Select(a => (a.Detail, a.Status, a.AssignedWorkerId)).ShouldBe([
            ("Overdue one", TimescaleStatus.Overdue, (Guid?)priya.Id),
            ("Today's", TimescaleStatus.DueToday, sam.Id),
            ("Soon", TimescaleStatus.DueSoon, priya.Id),
            ("Later", TimescaleStatus.NotYetDue, priya.Id),
        ]);
        actions.ShouldAllBe(a => a.Path == $"/children/{child.Id}/oversight/{oversight.Id}" && a.ChildId == child.Id);
    }

    [Theory]
    [DatabaseData]
    public async Task OpenAsync_DoneActionsAndOtherChildren_AreLeftOut(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync();
        var worker = await data.CreateWorkerAsync(await data.CreateTeamAsync());
        var oversight = await data.RecordOversightAsync(database, child.Id, data.Today,
            new OversightActionInput("Done", worker.Id, data.Today), new OversightActionInput("Open", worker.Id, data.Today));
        await data.RecordOversightAsync(database, other.Id, data.Today, new OversightActionInput("Someone else's", worker.Id, data.Today));
        await using (var changing = database.CreateContext())
        {
            var loaded = await changing.Set<ManagementOversight>().Include(o => o.Actions).SingleAsync(o => o.Id == oversight.Id);
            loaded.CompleteAction(loaded.Actions.Single(a => a.What == "Done").Id, data.Today, "Did it", data.Today, data.Change());
            await changing.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        var work = await WorkList.OpenAsync(db, new WorkQuery([child.Id], Clock.GetUtcNow(), Timescales.Standard));

        work.Where(w => w.Kind == "OversightAction").Select(w => w.Detail).ShouldBe(["Open"]);
    }
}
