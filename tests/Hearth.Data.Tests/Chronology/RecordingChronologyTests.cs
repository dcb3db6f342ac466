using Hearth.Data.Chronology;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.Chronology;

public class RecordingChronologyTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task ForChildAsync_Visits_AreSignificantOnlyWhenTheChildWasNotSeen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var seen = await data.RecordVisitAsync(database, child.Id, VisitKind.ChildProtection, data.Today.AddDays(-10));
        var notSeen = await data.RecordVisitAsync(database, child.Id, VisitKind.ChildInNeed, data.Today.AddDays(-3), childSeen: false, childSeenAlone: false, notSeenReason: "No answer at the door");
        await data.RecordVisitAsync(database, (await data.CreateChildAsync()).Id);
        await using var db = database.CreateContext();

        var visits = (await ChildChronology.ForChildAsync(db, child.Id)).Where(e => e.Category == ChronologyCategory.Visit).ToList();

        visits.Select(v => (v.SourceId, v.Date, v.What, v.Detail, v.IsSignificant)).ShouldBe([
            (seen.Id, data.Today.AddDays(-10), "Child protection visit: child seen alone", (string?)null, false),
            (notSeen.Id, data.Today.AddDays(-3), "Child in need visit: child not seen", "No answer at the door", true),
        ]);
        visits[0].Path.ShouldBe($"/children/{child.Id}/visits/{seen.Id}");
    }

    [Theory]
    [DatabaseData]
    public async Task ForChildAsync_OversightAndSignificantEvents_AreSignificantWithLinks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var worker = await data.CreateWorkerAsync(await data.CreateTeamAsync());
        var oversight = await data.RecordOversightAsync(database, child.Id, data.Today.AddDays(-2), new OversightActionInput("Visit", worker.Id, data.Today));
        var added = await data.AddSignificantEventAsync(database, child.Id, data.Today.AddDays(-5), "Moved to a refuge", "Mother");
        await using var db = database.CreateContext();

        var entries = await ChildChronology.ForChildAsync(db, child.Id);

        var oversightEntry = entries.Single(e => e.Category == ChronologyCategory.ManagementOversight);
        oversightEntry.What.ShouldBe("Management oversight by Test data: 1 action");
        oversightEntry.Detail.ShouldBe("Continue the child in need plan");
        oversightEntry.IsSignificant.ShouldBeTrue();
        oversightEntry.Path.ShouldBe($"/children/{child.Id}/oversight/{oversight.Id}");
        var eventEntry = entries.Single(e => e.Category == ChronologyCategory.SignificantEvent);
        eventEntry.What.ShouldBe("Moved to a refuge");
        eventEntry.Detail.ShouldBe("Source: Mother");
        eventEntry.Path.ShouldBe($"/children/{child.Id}/chronology/significant-events/{added.Id}");
        entries.Select(e => e.SourceId).ShouldBe([added.Id, oversight.Id]);
    }
}
