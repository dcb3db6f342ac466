using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Cli.Tests.Simulation;

public class SimulateCommandTests
{
    [Theory]
    [DatabaseData]
    public async Task Simulate_EmptyDatabase_FillsItAndSaysWhatItMade(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await CliRun.InvokeAsync(database.Settings, "simulate", "--preset", "small", "--years", "1", "--seed", "7", "--today", "2026-11-02");

        run.ExitCode.ShouldBe(0, run.Error);
        await using var context = database.CreateContext();
        var children = await context.Set<Child>().CountAsync();
        var referrals = await context.Set<ChildInNeedEpisode>().CountAsync();
        children.ShouldBeGreaterThan(500);
        run.Output.ShouldContain($"{children} children");
        run.Output.ShouldContain($"{referrals} referrals");
        run.Output.ShouldContain("Content digest: ");
    }

    [Fact]
    public async Task Simulate_DatabaseWithChildren_RefusesAndAddsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await CliRun.InvokeAsync(database.Settings, "demo", "seed");
        int before;
        await using (var counting = database.CreateContext())
        {
            before = await counting.Set<Child>().CountAsync();
        }

        var run = await CliRun.InvokeAsync(database.Settings, "simulate", "--preset", "small", "--years", "1");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("already has children or workers");
        await using var context = database.CreateContext();
        (await context.Set<Child>().CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("--preset", "huge", "'huge' is not a preset")]
    [InlineData("--years", "0", "--years must be a whole number from 1 to 20")]
    [InlineData("--today", "2026-13-01", "--today must be a real date")]
    public async Task Simulate_BadFlag_SaysWhatIsWrongInOneLine(string flag, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "simulate", flag, value);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(message);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Simulate_DatabaseNotMigrated_SaysToRunMigrate()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "simulate", "--years", "1");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Run 'hearth migrate' first");
    }
}
