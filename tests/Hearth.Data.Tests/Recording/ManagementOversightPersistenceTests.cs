using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Recording;

public class ManagementOversightPersistenceTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task Save_OversightWithActions_RoundTripsInOrderWithItsChangeRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var worker = await data.CreateWorkerAsync(await data.CreateTeamAsync());

        var oversight = await data.RecordOversightAsync(database, child.Id, data.Today, [
            new OversightActionInput("Visit at school", worker.Id, data.Today.AddDays(5)),
            new OversightActionInput("Chase health", worker.Id, data.Today.AddDays(1)),
        ]);

        await using var reading = database.CreateContext();
        var saved = await reading.Set<ManagementOversight>().Include(o => o.Actions).SingleAsync(o => o.Id == oversight.Id);
        saved.ChildId.ShouldBe(child.Id);
        saved.Direction.ShouldBe("Continue the child in need plan");
        saved.Actions.OrderBy(a => a.Number).Select(a => (a.What, a.WorkerId, a.DueDate)).ShouldBe([
            ("Visit at school", worker.Id, data.Today.AddDays(5)),
            ("Chase health", worker.Id, data.Today.AddDays(1)),
        ]);
        (await reading.ChangeRecords.SingleAsync(r => r.EntityId == oversight.Id)).Summary.ShouldBe("Management oversight recorded");
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ActionDone_KeepsTheNoteAndChangesTheVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var worker = await data.CreateWorkerAsync(await data.CreateTeamAsync());
        var oversight = await data.RecordOversightAsync(database, child.Id, data.Today, new OversightActionInput("Visit", worker.Id, data.Today));

        await using (var changing = database.CreateContext())
        {
            var loaded = await changing.Set<ManagementOversight>().Include(o => o.Actions).SingleAsync(o => o.Id == oversight.Id);
            loaded.CompleteAction(loaded.Actions[0].Id, data.Today, "Seen at school", data.Today, data.Change());
            await changing.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var action = await reading.Set<OversightAction>().SingleAsync(a => a.OversightId == oversight.Id);
        action.CompletedOn.ShouldBe(data.Today);
        action.CompletionNote.ShouldBe("Seen at school");
        (await reading.Set<ManagementOversight>().SingleAsync(o => o.Id == oversight.Id)).Version.ShouldNotBe(oversight.Version);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_StaleVersion_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var worker = await data.CreateWorkerAsync(await data.CreateTeamAsync());
        var oversight = await data.RecordOversightAsync(database, child.Id, data.Today,
            new OversightActionInput("Visit", worker.Id, data.Today), new OversightActionInput("Call", worker.Id, data.Today));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Set<ManagementOversight>().Include(o => o.Actions).SingleAsync(o => o.Id == oversight.Id);
        var theirs = await second.Set<ManagementOversight>().Include(o => o.Actions).SingleAsync(o => o.Id == oversight.Id);
        theirs.CompleteAction(theirs.Actions.Single(a => a.Number == 1).Id, data.Today, "Done", data.Today, data.Change());
        await second.SaveChangesAsync();

        mine.CompleteAction(mine.Actions.Single(a => a.Number == 2).Id, data.Today, "Done too", data.Today, data.Change());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_SignificantEventAndAnalysis_RoundTrip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();

        var added = await data.AddSignificantEventAsync(database, child.Id, data.Today.AddDays(-3), "Moved to a refuge", "Mother");
        var analysis = await data.WriteChronologyAnalysisAsync(database, child.Id, "A pattern of moves");

        await using var reading = database.CreateContext();
        var savedEvent = await reading.Set<SignificantEvent>().SingleAsync(e => e.Id == added.Id);
        savedEvent.OccurredOn.ShouldBe(data.Today.AddDays(-3));
        savedEvent.Source.ShouldBe("Mother");
        savedEvent.RecordedAt.ShouldBe(Clock.GetUtcNow());
        var savedAnalysis = await reading.Set<ChronologyAnalysis>().SingleAsync(a => a.Id == analysis.Id);
        savedAnalysis.Text.ShouldBe("A pattern of moves");
        savedAnalysis.WrittenAt.ShouldBe(Clock.GetUtcNow());
        (await reading.ChangeRecords.CountAsync(r => r.ChildId == child.Id && (r.EntityId == added.Id || r.EntityId == analysis.Id))).ShouldBe(2);
    }
}
