using Hearth.Data.Bulk;
using Hearth.Data.Children;
using Hearth.Domain;
using Hearth.Domain.Children;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Bulk;

public class BulkInsertTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen);

    private static string Surname(int i) => $"Okafor{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}";

    [Theory]
    [DatabaseData]
    public async Task InsertAsync_ChildrenWithOwnedRecordsWorkersAndVisits_ReadBackAsAnOrdinarySaveWouldLeaveThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var today = data.Today;
        var team = Team.Create("Bulk team", TeamKind.ChildProtection, data.Change());
        var worker = Worker.Create("Priya", "Shah", Role.SocialWorker, team, EmailAddress.Create("priya@hearth.test"),
            SocialWorkEnglandNumber.Create("SW900001"), today.AddYears(-3), data.Change());
        var children = Enumerable.Range(0, 50).Select(i =>
        {
            var child = Child.Register(LocalAuthorityChildId.Create($"BULK{i:D4}"), TestData.ChildDetails("Amara", Surname(i)), today, data.Change());
            child.AddAlias(PersonName.Create("Mara", Surname(i)), data.Change());
            child.MoveAddress(AddressKind.Home, Address.Create("1 High Street", null, null, "Weston-super-Mare", "BS23 1AB"), today.AddYears(-1), today, data.Change());
            var warning = child.AddWarning(WarningType.DogOrAnimal, "Large dog", today.AddMonths(-2), today.AddMonths(-1), today.AddMonths(-2), data.Change());
            child.ReviewWarning(warning.Id, today.AddDays(-1), WarningReviewOutcome.Continue, today.AddMonths(3), "Still there", today, data.Change());
            return child;
        }).ToList();
        var allocations = children.Select(c => new CaseAllocations(c.Id, []).Allocate(worker, team, today.AddMonths(-1), "New referral", data.Change())).ToList();
        var visits = children.Select(c => Visit.Record(c.Id, VisitKind.ChildInNeed, today, worker.Id, true, true, null, "Happy", null, null, today, data.Change())).ToList();

        int written;
        await using (var db = database.CreateContext())
        {
            written = await BulkInsert.InsertAsync(db, [team, worker, .. children, .. allocations, .. visits]);
        }

        await using var reading = database.CreateContext();
        written.ShouldBeGreaterThan(50 * 6);
        var saved = await reading.Set<Child>().AsSplitQuery().SingleAsync(c => c.LaChildId == LocalAuthorityChildId.Create("BULK0007"));
        saved.Name.FullName.ShouldBe("Amara Okaforha");
        saved.Aliases.Single().Name.FullName.ShouldBe("Mara Okaforha");
        saved.Addresses.Single().Address!.Postcode!.Value.ShouldBe("BS23 1AB");
        saved.Warnings.Single().Reviews.Single().Note.ShouldBe("Still there");
        saved.Warnings.Single().ReviewDate.ShouldBe(today.AddMonths(3));
        (await reading.Set<Allocation>().CountAsync(a => a.WorkerId == worker.Id)).ShouldBe(50);
        (await reading.Set<Visit>().SingleAsync(v => v.ChildId == saved.Id)).WishesAndFeelings.ShouldBe("Happy");
        (await reading.ChangeRecords.CountAsync(r => r.ChildId == saved.Id)).ShouldBe(7, "registered, alias, address, warning, review, allocation, visit");
        var found = await new ChildSearch(reading).FindAsync(new ChildSearchCriteria { Name = "mara okaforha" });
        found.Matches[0].ChildId.ShouldBe(saved.Id);
    }
}
