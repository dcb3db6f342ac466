using Hearth.Data.Bulk;
using Hearth.Domain.Children;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Bulk;

public class BulkLoadTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task CompleteAsync_RebuildingIndexes_LeavesEveryIndexAndForeignKeyAsTheMigrationsMadeThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        List<string> before;
        await using (var db = database.CreateContext())
        {
            before = await SchemaAsync(db);
            await using var load = await BulkLoad.BeginAsync(db, BulkLoadIndexes.Rebuild);
            await load.InsertAsync(Children(data, 20));
            await load.CompleteAsync();
        }

        await using var reading = database.CreateContext();
        (await SchemaAsync(reading)).ShouldBe(before);
        before.Count.ShouldBeGreaterThan(40);
        (await reading.Set<Child>().CountAsync()).ShouldBe(20);
    }

    [Theory]
    [DatabaseData]
    public async Task CompleteAsync_ARowWhoseChildIsMissing_RefusesTheWholeLoadAndKeepsTheForeignKeys(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var orphan = Visit.Record(Guid.CreateVersion7(), VisitKind.ChildInNeed, data.Today, Guid.CreateVersion7(), true, true, null, "Happy", null, null, data.Today, data.Change());
        List<string> before;
        await using (var db = database.CreateContext())
        {
            before = await SchemaAsync(db);
            await using var load = await BulkLoad.BeginAsync(db, BulkLoadIndexes.Rebuild);
            await Should.ThrowAsync<Exception>(async () =>
            {
                await load.InsertAsync(Children(data, 5));
                await load.InsertAsync([orphan]);
                await load.CompleteAsync();
            });
        }

        await using var reading = database.CreateContext();
        (await reading.Set<Child>().CountAsync()).ShouldBe(0);
        (await reading.Set<Visit>().CountAsync()).ShouldBe(0);
        (await SchemaAsync(reading)).ShouldBe(before);
    }

    [Theory]
    [DatabaseData]
    public async Task DisposeAsync_WithoutCompleting_SavesNothingAndKeepsTheIndexes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        List<string> before;
        await using (var db = database.CreateContext())
        {
            before = await SchemaAsync(db);
            await using var load = await BulkLoad.BeginAsync(db, BulkLoadIndexes.Rebuild);
            (await load.InsertAsync(Children(data, 10))).ShouldBeGreaterThan(10);
        }

        await using var reading = database.CreateContext();
        (await reading.Set<Child>().CountAsync()).ShouldBe(0);
        (await reading.ChangeRecords.CountAsync()).ShouldBe(0);
        (await SchemaAsync(reading)).ShouldBe(before);
    }

    private static List<Child> Children(TestData data, int count) =>
        [.. Enumerable.Range(0, count).Select(i => Child.Register(LocalAuthorityChildId.Create($"LOAD{i:D4}"), TestData.ChildDetails("Amara", "Okafor" + (char)('a' + i)), data.Today, data.Change()))];

    /// <summary>Every index and foreign key, as the database describes it.</summary>
    private static async Task<List<string>> SchemaAsync(HearthDbContext db)
    {
        var sql = db.Database.IsNpgsql()
            ? """
              SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
              UNION ALL
              SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
              """
            : "SELECT coalesce(sql, name) FROM sqlite_master WHERE type IN ('index', 'table')";
        var rows = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
