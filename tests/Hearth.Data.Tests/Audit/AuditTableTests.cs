using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Audit;

public class AuditTableTests
{
    private static readonly ChangeContext Context = new(Guid.CreateVersion7(), "Sam Worker", new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero), "Correcting a typing error");

    [Theory]
    [DatabaseData]
    public async Task Save_ChangeRecord_RoundTripsFieldsAndInstant(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var childId = Guid.CreateVersion7();
        var record = new ChangeRecord(childId, "Child", childId, "Details changed", Context,
            [new FieldChange("Family name", "Smith", "Smyth"), null, new FieldChange("Date of birth", null, "2019-04-01")]);
        await using (var context = database.CreateContext())
        {
            context.ChangeRecords.Add(record);
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.ChangeRecords.SingleAsync(c => c.ChildId == childId);

        saved.Summary.ShouldBe("Details changed");
        saved.Reason.ShouldBe("Correcting a typing error");
        saved.OccurredAt.ShouldBe(Context.Now);
        saved.Fields.ShouldBe([new FieldChange("Family name", "Smith", "Smyth"), new FieldChange("Date of birth", null, "2019-04-01")]);
    }

    [Theory]
    [DatabaseData]
    public async Task Query_ChangeRecords_OrdersByInstantOnEveryProvider(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var childId = Guid.CreateVersion7();
        await using (var context = database.CreateContext())
        {
            foreach (var minutes in new[] { 30, 5, 90 })
            {
                context.ChangeRecords.Add(new ChangeRecord(childId, "Child", childId, $"After {minutes}", Context.At(Context.Now.AddMinutes(minutes)), []));
            }

            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var summaries = await reading.ChangeRecords.Where(c => c.ChildId == childId)
            .OrderByDescending(c => c.OccurredAt).Select(c => c.Summary).ToListAsync();

        summaries.ShouldBe(["After 90", "After 30", "After 5"]);
    }

    [Theory]
    [DatabaseData]
    public async Task SaveChanges_EditedChangeRecord_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var childId = Guid.CreateVersion7();
        await using var context = database.CreateContext();
        context.ChangeRecords.Add(new ChangeRecord(childId, "Child", childId, "Registered", Context, []));
        await context.SaveChangesAsync();

        context.ChangeRecords.Remove(await context.ChangeRecords.SingleAsync());

        var error = await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        error.Message.ShouldContain("append-only");
    }

    [Theory]
    [DatabaseData]
    public async Task Sql_UpdateOrDeleteOfAuditRows_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var childId = Guid.CreateVersion7();
        await using var context = database.CreateContext();
        context.ChangeRecords.Add(new ChangeRecord(childId, "Child", childId, "Registered", Context, []));
        context.RecordViews.Add(new RecordView(childId, Context.ActorId, Context.ActorName, "/children/x", Context.Now, allowed: true));
        await context.SaveChangesAsync();

        foreach (var sql in new[]
        {
            "UPDATE change_records SET summary = 'rewritten'",
            "DELETE FROM change_records",
            "UPDATE record_views SET allowed = FALSE",
            "DELETE FROM record_views",
        })
        {
            var error = await Should.ThrowAsync<Exception>(() => context.Database.ExecuteSqlRawAsync(sql));
            error.Message.ShouldContain("append-only");
        }

        (await context.ChangeRecords.CountAsync()).ShouldBe(1);
        (await context.RecordViews.CountAsync()).ShouldBe(1);
    }
}
