using Hearth.Data;
using Hearth.TestSupport.Database;

namespace Hearth.Cli.Tests.Database;

public class MigrateCommandTests
{
    [Theory]
    [DatabaseData]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationThenReportsUpToDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        var first = await CliRun.InvokeAsync(database.Settings, "migrate");
        var second = await CliRun.InvokeAsync(database.Settings, "migrate");

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("Applied");
        second.ExitCode.ShouldBe(0, second.Error);
        second.Output.ShouldContain("is already up to date");
        await using var context = database.CreateContext();
        (await HearthDatabase.PendingMigrationsAsync(context)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_UnreachableServer_SaysSoInOneLineWithExitCode1()
    {
        var settings = new HearthDatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=1;Database=hearth;Username=hearth;Timeout=2");

        var run = await CliRun.InvokeAsync(settings, "migrate");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("hearth: ");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task UnknownCommand_ExitsNonZeroWithUsage()
    {
        var settings = new HearthDatabaseSettings(DatabaseProvider.Sqlite, "Data Source=unused.db");

        var run = await CliRun.InvokeAsync(settings, "frobnicate");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("frobnicate");
    }
}
