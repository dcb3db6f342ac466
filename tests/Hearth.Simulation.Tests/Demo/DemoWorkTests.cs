using Hearth.Data;
using Hearth.Data.Work;
using Hearth.Data.Workforce;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Demo;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Simulation.Tests.Demo;

/// <summary>The demo local authority, seeded once on SQLite for the tests that read its work lists.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public static readonly DateOnly Day = new(2026, 11, 2);
    public static readonly DateTimeOffset Instant = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The demo has not been seeded");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = _database.CreateContext();
        await DemoLocalAuthority.SeedAsync(context, Day, Instant);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public class DemoWorkTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly Imperfections Imperfections = SimulationPreset.Small.Rates.Imperfections;

    [Fact]
    public async Task MyWork_DemoSocialWorker_HasAFewOverdueItemsAndSomeDueSoon()
    {
        await using var context = demo.Database.CreateContext();
        var account = await context.Set<UserAccount>().AsNoTracking().SingleAsync(a => a.DisplayName == DemoLocalAuthority.SocialWorker.Name);
        var workerIds = new[] { account.WorkerId!.Value };
        var allocated = await WorkerWork.AllocatedChildrenAsync(context, workerIds, SeededDemo.Day);

        var work = await WorkerWork.OpenAsync(context, allocated, workerIds, SeededDemo.Instant, Timescales.Standard);

        work.Count(w => w.Item.Status == TimescaleStatus.Overdue).ShouldBeInRange(3, 15);
        work.Count(w => w.Item.Status is TimescaleStatus.DueSoon or TimescaleStatus.DueToday).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task WorkList_WholeDemoAuthority_OverdueShareIsAboutWhatTheImperfectionRatesMakeAndRecent()
    {
        await using var context = demo.Database.CreateContext();
        var workerIds = await context.Set<Worker>().AsNoTracking().Select(w => w.Id).ToListAsync();
        var children = (await WorkerWork.AllocatedChildrenAsync(context, workerIds, SeededDemo.Day)).Select(a => a.ChildId).Distinct().ToList();

        var items = await WorkList.OpenAsync(context, new WorkQuery(children, SeededDemo.Instant, Timescales.Standard));

        // At least half the missed-visit rate shows as overdue; no more than half as much again as the commonest failure, late assessments.
        var overdue = items.Where(i => i.Status == TimescaleStatus.Overdue).ToList();
        var share = overdue.Count / (double)items.Count;
        share.ShouldBeInRange(Imperfections.MissedVisits / 2, Imperfections.LateAssessments * 1.5);
        overdue.ShouldAllBe(i => i.DueDate >= SeededDemo.Day.AddMonths(-6), "an overdue backlog an inspector recognises is months old, not years");
    }
}
