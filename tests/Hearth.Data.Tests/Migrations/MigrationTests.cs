using Hearth.Data;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Migrations;

public class MigrationTests
{
    [Theory]
    [DatabaseData]
    public async Task Migrate_EmptyDatabase_GivesTheSchemaTheModelDescribes(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateEmptyAsync(provider);
        await using var created = await TestDatabase.CreateEmptyAsync(provider);
        await using var migratedContext = migrated.CreateContext();
        await using var createdContext = created.CreateContext();

        await HearthDatabase.MigrateAsync(migratedContext);
        await createdContext.Database.EnsureCreatedAsync();

        var fromMigrations = await DatabaseSchema.ReadAsync(migratedContext);
        var fromModel = await DatabaseSchema.ReadAsync(createdContext);
        fromMigrations.ShouldNotBeEmpty();
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        missing.ShouldBeEmpty("the model has these but the migrations do not create them: write a migration");
        extra.ShouldBeEmpty("the migrations create these but the model does not describe them");
    }

    [Theory]
    [DatabaseData]
    public async Task Migrate_Twice_LeavesNothingPending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var context = database.CreateContext();

        await HearthDatabase.MigrateAsync(context);
        await HearthDatabase.MigrateAsync(context);

        (await HearthDatabase.PendingMigrationsAsync(context)).ShouldBeEmpty();
        (await context.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Migrate_Sqlite_UsesWriteAheadLogging()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        await using var context = database.CreateContext();

        await HearthDatabase.MigrateAsync(context);

        var mode = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
        mode.ShouldBe("wal");
    }
}
