using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Demo;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Cli.Tests.Demo;

public class DemoCommandTests
{
    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_AddsTheDemoLocalAuthorityAndListsTheAccounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await CliRun.InvokeAsync(database.Settings, "demo", "seed");

        run.ExitCode.ShouldBe(0, run.Error);
        await using var context = database.CreateContext();
        var children = await context.Set<Child>().CountAsync();
        children.ShouldBeGreaterThan(0);
        run.Output.ShouldContain($"{children} children");
        run.Output.ShouldContain($"{await context.Set<Team>().CountAsync()} teams");
        run.Output.ShouldContain(DemoLocalAuthority.Password);
        foreach (var account in DemoLocalAuthority.Accounts)
        {
            run.Output.ShouldContain(account.UserName);
        }
    }

    [Fact]
    public async Task Seed_DatabaseWithData_SaysSoAndAddsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "jo@hearth.example", "--name", "Jo", "--role", "administrator");

        var run = await CliRun.InvokeAsync(database.Settings, "demo", "seed");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("already has user accounts or children");
        await using var context = database.CreateContext();
        (await context.Set<Child>().CountAsync()).ShouldBe(0);
        (await context.Set<UserAccount>().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Seed_DatabaseNotMigrated_SaysToRunMigrate()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "demo", "seed");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Run 'hearth migrate' first");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }
}
