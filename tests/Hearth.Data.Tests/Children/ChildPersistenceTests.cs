using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Domain;
using Hearth.Domain.Children;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Children;

public class ChildPersistenceTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task Save_ChildWithEveryPartOfTheRecord_RoundTrips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var today = data.Today;
        var viewer = Guid.CreateVersion7();
        var child = await data.CreateChildAsync("Zoë", "O'Brien", nhsNumber: "943 476 5919", postcode: "bs231ab", configure: c =>
        {
            c.UpdateDetails(TestData.ChildDetails("Zoë", "O'Brien", nhsNumber: "9434765919") with
            {
                Disabilities = [Disability.Create("HEAR"), Disability.Create("VIS")],
                Religion = Religion.Create("CHR"),
                FirstLanguage = FirstLanguage.Create("Polish"),
                ImmigrationStatus = ImmigrationStatus.Create("BRIT"),
                Upn = UniquePupilNumber.Create("B886210000001"),
            }, today, data.Change("Details confirmed with school"));
            c.AddFormerName(PersonName.Create("Zoe", "Smith"), today.AddYears(-2), today, data.Change());
            c.AddAlias(PersonName.Create("Zee", "O'Brien"), data.Change());
            c.AddRelationship(RelationshipType.Create("MOTH"), "Karen O'Brien", new DateOnly(1990, 1, 2), true, true,
                PhoneNumber.Create("07700 900123"), Address.Create("1 High Street", null, null, "Weston-super-Mare", "BS23 1AB"), null,
                today.AddYears(-8), today, data.Change());
            c.AddProfessional(ProfessionalRole.Create("GP"), "Dr Patel", "Clarence Park Surgery", null, EmailAddress.Create("reception@gp.example"),
                today.AddYears(-1), today, data.Change());
            var warning = c.AddWarning(WarningType.Create("ANIM"), "Large dog at the address", today.AddDays(-10), today.AddMonths(3), today, data.Change());
            c.ReviewWarning(warning.Id, today, WarningReviewOutcome.Continue, today.AddMonths(6), "Dog still there", today, data.Change());
            c.Restrict("Child of a member of staff", [viewer], data.Change());
        });

        await using var context = database.CreateContext();
        var saved = await context.Set<Child>().SingleAsync(c => c.Id == child.Id);

        saved.Name.ShouldBe(PersonName.Create("Zoë", "O'Brien"));
        saved.NhsNumber!.Value.ShouldBe("9434765919");
        saved.Upn!.Value.ShouldBe("B886210000001");
        saved.Disabilities.Select(d => d.Code).ShouldBe(["HEAR", "VIS"]);
        saved.Religion!.Code.ShouldBe("CHR");
        saved.FirstLanguage!.Name.ShouldBe("Polish");
        saved.FormerNames.Single().Name.FamilyName.ShouldBe("Smith");
        saved.Aliases.Single().Name.GivenNames.ShouldBe("Zee");
        saved.Addresses.Single().Address!.Postcode!.Value.ShouldBe("BS23 1AB");
        var mother = saved.Relationships.Single();
        mother.Relationship.Code.ShouldBe("MOTH");
        mother.HasParentalResponsibility.ShouldBeTrue();
        mother.ContactAddress!.Town.ShouldBe("Weston-super-Mare");
        saved.Professionals.Single().Email!.Value.ShouldBe("reception@gp.example");
        saved.Warnings.Single().Reviews.Single().Note.ShouldBe("Dog still there");
        saved.IsRestricted.ShouldBeTrue();
        saved.RestrictedRecordViewerIds.ShouldBe([viewer]);
        saved.Version.ShouldBe(child.Version);
        (await context.ChangeRecords.CountAsync(r => r.ChildId == child.Id)).ShouldBeGreaterThanOrEqualTo(8);
        (await context.ChangeRecords.AnyAsync(r => r.ChildId == child.Id && r.Reason == "Details confirmed with school")).ShouldBeTrue();
    }

    [Theory]
    [DatabaseData]
    public async Task Save_Child_KeepsItsSearchTextUpToDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync("Mary-Jane", "Smyth", postcode: "BS23 1AB");

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Set<Child>().SingleAsync();
            loaded.AddAlias(PersonName.Create("MJ", "Núñez"), data.Change());
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var search = await reading.Set<Child>().Where(c => c.Id == child.Id).Select(c => new
        {
            Names = EF.Property<string>(c, ChildSearchText.NamesColumn),
            Postcode = EF.Property<string>(c, ChildSearchText.PostcodeColumn),
        }).SingleAsync();
        search.Names.ShouldBe(" mary jane smyth mj nunez ");
        (await reading.Set<ChildSearchWord>().Where(w => w.ChildId == child.Id).OrderBy(w => w.Word).Select(w => w.Word + ":" + w.Sound).ToListAsync())
            .ShouldBe(["jane:J500", "mary:M600", "mj:M200", "nunez:N520", "smyth:S530"]);
        search.Postcode.ShouldBe("BS231AB");
        (await reading.Set<Child>().CountAsync(c => EF.Property<string>(c, ChildSearchText.NamesColumn).Contains(" nun"))).ShouldBe(1);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ChildChangedByTwoPeopleAtOnce_RefusesTheStaleSaveAndKeepsTheFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Set<Child>().SingleAsync(c => c.Id == child.Id);
        var secondCopy = await second.Set<Child>().SingleAsync(c => c.Id == child.Id);

        firstCopy.AddWarning(WarningType.Create("ANIM"), "Dog", data.Today, data.Today.AddMonths(1), data.Today, data.Change());
        await first.SaveChangesAsync();
        secondCopy.UpdateDetails(TestData.ChildDetails(familyName: "Reid"), data.Today, data.Change("Spelling corrected"));

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var reading = database.CreateContext();
        var saved = await reading.Set<Child>().SingleAsync(c => c.Id == child.Id);
        saved.Name.FamilyName.ShouldBe("Reed");
        saved.Warnings.Count.ShouldBe(1);
        (await reading.ChangeRecords.AnyAsync(r => r.ChildId == child.Id && r.Reason == "Spelling corrected")).ShouldBeFalse();
    }

    [Theory]
    [DatabaseData]
    public async Task Save_TwoChildrenWithTheSameLaChildId_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        await using var context = database.CreateContext();
        var id = LocalAuthorityChildId.Create("HC000001");
        context.Add(Child.Register(id, TestData.ChildDetails(), data.Today, data.Change()));
        context.Add(Child.Register(id, TestData.ChildDetails("Sam"), data.Today, data.Change()));

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }
}
