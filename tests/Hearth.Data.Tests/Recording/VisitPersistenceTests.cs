using Hearth.Domain.Audit;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Recording;

public class VisitPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly FakeClock Clock = new(MondayTen);

    [Theory]
    [DatabaseData]
    public async Task Save_VisitNotSeenAlone_RoundTripsWithItsChangeRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var context = new ChangeContext(Guid.CreateVersion7(), "Priya Shah", MondayTen, null);
        var visit = Visit.Record(
            child.Id, VisitKind.ChildProtection, Today.AddDays(-3), null, childSeen: true, childSeenAlone: false,
            "Mother would not allow it", "\"I like my new school\"", "Home warm and tidy", "Engagement improving", Today, context);
        await using (var saving = database.CreateContext())
        {
            saving.Add(visit);
            await saving.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<Visit>().SingleAsync();
        saved.ChildId.ShouldBe(child.Id);
        saved.Kind.ShouldBe(VisitKind.ChildProtection);
        saved.VisitedOn.ShouldBe(Today.AddDays(-3));
        saved.ChildSeen.ShouldBeTrue();
        saved.ChildSeenAlone.ShouldBeFalse();
        saved.NotSeenReason.ShouldBe("Mother would not allow it");
        saved.WishesAndFeelings.ShouldBe("\"I like my new school\"");
        var change = await reading.ChangeRecords.SingleAsync(r => r.EntityId == visit.Id);
        change.Summary.ShouldBe("Visit recorded");
        change.ChildId.ShouldBe(child.Id);
    }
}
