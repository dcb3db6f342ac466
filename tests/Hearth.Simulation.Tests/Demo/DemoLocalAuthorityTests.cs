using Hearth.Data;
using Hearth.Data.Work;
using Hearth.Data.Workforce;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Demo;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Simulation.Tests.Demo;

public class DemoLocalAuthorityTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly DateOnly Day = new(2026, 11, 2);
    private static readonly DateTimeOffset Instant = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Imperfections Imperfections = SimulationPreset.Small.Rates.Imperfections;

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesDemoAccountsThatSignInAndACaseloadForTheDemoSocialWorker()
    {
        var result = demo.Result;

        await using var context = demo.Database.CreateContext();
        result.Seeded.ShouldBeTrue();
        (await context.Set<Child>().CountAsync()).ShouldBe(result.Children);
        var accounts = await context.Set<UserAccount>().ToListAsync();
        accounts.Select(a => a.Role).Distinct().Order().ShouldBe(Enum.GetValues<Role>());
        foreach (var demo in DemoLocalAuthority.Accounts)
        {
            var account = accounts.Single(a => a.UserName.Value == demo.UserName);
            account.CanSignIn(Instant).IsAllowed.ShouldBeTrue();
            Passwords.Verify(account, DemoLocalAuthority.Password, out _).ShouldBeTrue(demo.UserName);
        }

        var socialWorker = accounts.Single(a => a.UserName.Value == DemoLocalAuthority.SocialWorker.UserName);
        (await context.Set<Allocation>().CountAsync(a => a.WorkerId == socialWorker.WorkerId && a.EndDate == null)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Seed_DatabaseWithOnlyAUserAccount_DoesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var data = new TestData(database.CreateContext, new FakeClock(Instant));
        await data.CreateUserAsync(Role.Administrator);
        await using var context = database.CreateContext();

        var result = await DemoLocalAuthority.SeedAsync(context, Day, Instant);

        result.Seeded.ShouldBeFalse();
        (await context.Set<Team>().CountAsync()).ShouldBe(0);
        (await context.Set<UserAccount>().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task MyWork_DemoSocialWorker_BetweenThreeAndFifteenOverdueAndSomeDueSoon()
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
    public async Task WorkList_WholeDemoAuthority_OverdueShareWithinTheImperfectionRatesAndUnderSixMonthsOld()
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
