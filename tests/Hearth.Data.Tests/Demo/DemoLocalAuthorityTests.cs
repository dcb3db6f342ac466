using System.Text.RegularExpressions;
using Hearth.Data.Children;
using Hearth.Simulation.Demo;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Demo;

public partial class DemoLocalAuthorityTests(SeededDemo seeded) : IClassFixture<SeededDemo>
{
    private static readonly string[] NorthSomersetDistricts = ["BS20", "BS21", "BS22", "BS23", "BS24", "BS48", "BS49"];

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_CreatesTheTeamsEachWithItsManager(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var teams = await context.Set<Team>().ToListAsync();
        var workers = await context.Set<Worker>().ToListAsync();

        teams.Select(t => t.Kind).Order().ShouldBe(
        [
            TeamKind.FrontDoor, TeamKind.Assessment, TeamKind.Assessment, TeamKind.ChildInNeed, TeamKind.ChildProtection,
            TeamKind.ChildProtection, TeamKind.ChildrenLookedAfter, TeamKind.CareLeavers, TeamKind.DisabledChildren, TeamKind.QualityAssurance,
        ]);
        foreach (var team in teams)
        {
            var manager = workers.Single(w => w.Id == team.TeamManagerId);
            manager.Role.ShouldBe(Role.TeamManager);
            manager.TeamId.ShouldBe(team.Id);
        }

        workers.Count.ShouldBeInRange(22, 30);
        workers.Where(w => w.Role.RequiresSocialWorkEnglandRegistration).ShouldAllBe(w => w.Registration != null);
        workers.Select(w => w.Role).Distinct().Count().ShouldBe(Enum.GetValues<Role>().Length - 1);
        workers.Count(w => w.Role == Role.SocialWorker && w.LeavingDate == null).ShouldBeGreaterThanOrEqualTo(10);
        (await context.ChangeRecords.CountAsync(c => c.EntityType == nameof(Team))).ShouldBeGreaterThanOrEqualTo(teams.Count * 2);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_CreatesADemoAccountForEveryRoleThatSignsInWithTheDemoPassword(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var accounts = await context.Set<UserAccount>().ToListAsync();

        accounts.Select(a => a.Role).Distinct().Order().ShouldBe(Enum.GetValues<Role>());
        foreach (var demo in DemoLocalAuthority.Accounts)
        {
            var account = accounts.Single(a => a.UserName.Value == demo.UserName);
            account.Role.ShouldBe(demo.Role);
            account.MustChangePassword.ShouldBeFalse();
            account.CanSignIn(SeededDemo.Instant).IsAllowed.ShouldBeTrue();
            Passwords.Verify(account, DemoLocalAuthority.Password, out _).ShouldBeTrue(demo.UserName);
            Passwords.Verify(account, "not-the-demo-password", out _).ShouldBeFalse();
        }

        Passwords.Problem(DemoLocalAuthority.Password, DemoLocalAuthority.SocialWorker.UserName).ShouldBeNull();
        accounts.Single(a => a.Role == Role.Administrator).WorkerId.ShouldBeNull();
        accounts.Where(a => a.Role != Role.Administrator).ShouldAllBe(a => a.WorkerId != null);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_CreatesAbout200ChildrenOfEveryAgeInAbout90Households(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var children = await context.Set<Child>().ToListAsync();

        seeded.Result(provider).Seeded.ShouldBeTrue();
        children.Count.ShouldBeInRange(180, 220);
        seeded.Result(provider).Households.ShouldBeInRange(75, 110);
        var born = children.Where(c => !c.IsUnborn).ToList();
        born.Select(c => c.AgeOn(SeededDemo.Day)!.Value).ShouldAllBe(age => age >= 0 && age <= 17);
        born.Count(c => c.AgeOn(SeededDemo.Day) >= 10).ShouldBeGreaterThan(born.Count(c => c.AgeOn(SeededDemo.Day) < 5));
        Enumerable.Range(0, 18).Count(age => born.Any(c => c.AgeOn(SeededDemo.Day) == age)).ShouldBeGreaterThanOrEqualTo(16);
        children.Where(c => c.IsUnborn).ShouldAllBe(c => c.ExpectedDateOfBirth > SeededDemo.Day);
        children.Count(c => c.IsUnborn).ShouldBeInRange(2, 6);
        children.Count(c => c.Sex == Sex.Unknown).ShouldBeGreaterThanOrEqualTo(2);
        born.Count(c => c.Sex == Sex.Male).ShouldBeInRange(born.Count / 3, born.Count * 2 / 3);
        children.ShouldAllBe(c => LaChildIdPattern().IsMatch(c.LaChildId.Value));
        children.Select(c => c.LaChildId).Distinct().Count().ShouldBe(children.Count);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_RecordsEthnicityIdentifiersAndAddressesAsALocalAuthorityWould(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var children = await context.Set<Child>().ToListAsync();

        var whiteBritish = children.Count(c => c.Ethnicity == Ethnicity.WhiteBritish);
        whiteBritish.ShouldBeGreaterThan(children.Count / 2);
        whiteBritish.ShouldBeLessThan(children.Count * 9 / 10);
        children.Select(c => c.Ethnicity).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        var born = children.Where(c => !c.IsUnborn).ToList();
        born.Count(c => c.NhsNumber != null).ShouldBeGreaterThan(born.Count * 8 / 10);
        var schoolAge = born.Where(c => c.AgeOn(SeededDemo.Day) is >= 6 and <= 15).ToList();
        schoolAge.Count(c => c.Upn != null).ShouldBeGreaterThan(schoolAge.Count * 8 / 10);
        foreach (var upn in children.Select(c => c.Upn).OfType<UniquePupilNumber>())
        {
            upn.LocalAuthorityCode.ShouldBe("802");
            UniquePupilNumber.TryCreate(upn.Value, out _, out var problem).ShouldBeTrue(problem);
        }

        children.Where(c => c.AgeOn(SeededDemo.Day) < 4).ShouldAllBe(c => c.Upn == null);
        children.ShouldAllBe(c => c.CurrentAddress != null);
        children.Select(c => c.CurrentAddress!.Address!.Postcode!.OutwardCode).ShouldAllBe(d => NorthSomersetDistricts.Contains(d));
        children.Count(c => c.Addresses.Count > 1).ShouldBeGreaterThan(20);
        children.Count(c => c.Disabilities.Any(d => d != Disability.NoDisability)).ShouldBeGreaterThanOrEqualTo(5);
        children.Where(c => !c.IsUnborn).ShouldAllBe(c => c.Professionals.Any(p => p.Role == ProfessionalRole.GeneralPractitioner));
        children.Count(c => c.Professionals.Any(p => p.Role == ProfessionalRole.School)).ShouldBeGreaterThan(children.Count / 2);
        (await context.ChangeRecords.CountAsync(c => c.ChildId != null && c.Summary == "Child registered")).ShouldBe(children.Count);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_LinksSiblingsAndRecordsParentsWithParentalResponsibility(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var children = await context.Set<Child>().ToDictionaryAsync(c => c.Id);

        var siblingLinks = children.Values.SelectMany(c => c.Relationships.Where(r => r.RelatedChildId != null).Select(r => (From: c, Link: r))).ToList();
        siblingLinks.Count.ShouldBeGreaterThan(100);
        foreach (var (from, link) in siblingLinks)
        {
            link.Relationship.ShouldBeOneOf(RelationshipType.Sibling, RelationshipType.HalfSibling);
            var sibling = children[link.RelatedChildId!.Value];
            link.Name.ShouldBe(sibling.Name.FullName);
            sibling.Relationships.ShouldContain(r => r.RelatedChildId == from.Id && r.Relationship == link.Relationship);
        }

        siblingLinks.ShouldContain(s => s.Link.Relationship == RelationshipType.HalfSibling);
        children.Values.Where(c => !c.IsUnaccompaniedAsylumSeekingChild).ShouldAllBe(c =>
            c.Relationships.Any(r => r.Relationship == RelationshipType.Mother && r.HasParentalResponsibility));
        children.Values.Count(c => c.Relationships.Any(r => r.LivesWithChild && r.RelatedChildId == null)).ShouldBeGreaterThan(children.Count * 3 / 4);
        children.Values.ShouldContain(c => c.Relationships.Any(r => r.Relationship == RelationshipType.Carer));
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_AllocatesMostChildrenAndGivesTheDemoSocialWorkerACaseload(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var open = await context.Set<Allocation>().Where(a => a.EndDate == null).ToListAsync();
        var childIds = await context.Set<Child>().Select(c => c.Id).ToListAsync();
        var workers = await context.Set<Worker>().ToDictionaryAsync(w => w.Id);
        var socialWorker = await context.Set<UserAccount>().SingleAsync(a => a.UserName == EmailAddress.Create(DemoLocalAuthority.SocialWorker.UserName));

        open.Select(a => a.ChildId).Distinct().Count().ShouldBe(open.Count);
        open.Count(a => a.WorkerId == socialWorker.WorkerId).ShouldBeInRange(12, 18);
        var unallocated = childIds.Except(open.Select(a => a.ChildId)).ToList();
        unallocated.Count.ShouldBeInRange(12, 18);
        seeded.Result(provider).UnallocatedChildren.ShouldBe(unallocated.Count);
        foreach (var allocation in open)
        {
            var worker = workers[allocation.WorkerId];
            worker.TeamId.ShouldBe(allocation.TeamId);
            worker.Role.HoldsCases.ShouldBeTrue();
            worker.LeavingDate.ShouldBeNull();
        }

        open.ShouldAllBe(a => a.StartDate <= SeededDemo.Day);
        var ended = await context.Set<Allocation>().Where(a => a.EndDate != null).ToListAsync();
        ended.ShouldContain(a => unallocated.Contains(a.ChildId));
        open.GroupBy(a => a.WorkerId).Where(g => workers[g.Key].Role == Role.SocialWorker).ShouldAllBe(g => g.Count() >= 8 && g.Count() <= 20);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_RestrictsTwoRecordsToTheDemoTeamManagerAlone(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var restricted = await context.Set<Child>().Where(c => c.IsRestricted).ToListAsync();
        var manager = await context.Set<UserAccount>().SingleAsync(a => a.UserName == EmailAddress.Create(DemoLocalAuthority.TeamManager.UserName));
        var socialWorker = await context.Set<UserAccount>().SingleAsync(a => a.UserName == EmailAddress.Create(DemoLocalAuthority.SocialWorker.UserName));

        restricted.Count.ShouldBe(2);
        restricted.ShouldAllBe(c => c.RestrictedRecordViewerIds.SequenceEqual(new[] { manager.Id }));
        restricted.ShouldAllBe(c => c.IsVisibleTo(manager.Id) && !c.IsVisibleTo(socialWorker.Id));
        restricted.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.RestrictionReason));
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_HasWarningsOneOverdueForReview(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var children = await context.Set<Child>().ToListAsync();

        children.Count(c => c.Warnings.Count > 0).ShouldBeGreaterThanOrEqualTo(3);
        children.Count(c => c.WarningsOverdueForReview(SeededDemo.Day).Count > 0).ShouldBeGreaterThanOrEqualTo(1);
        children.Count(c => c.Warnings.Any(w => !w.IsOverdueForReview(SeededDemo.Day))).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_FlagsOnlyThePlantedSimilarNamesAsPossibleDuplicates(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();
        var children = await context.Set<Child>().ToListAsync();
        var known = children.Select(KnownChild.From).ToList();

        var flagged = children
            .SelectMany(c => known.Where(k => k.ChildId != c.Id).SelectMany(k => KnownChild.From(c).Names
                .SelectMany(n => PossibleDuplicates.Find(new DuplicateCandidate(n, c.DateOfBirth ?? c.ExpectedDateOfBirth, null), [k])))
                .Select(_ => c.Name.FullName))
            .Distinct()
            .Order()
            .ToList();

        flagged.ShouldBe(["Jayden Smith", "Jaydon Smyth"]);
        var smith = children.Single(c => c.Name.FullName == "Jayden Smith");
        var smyth = children.Single(c => c.Name.FullName == "Jaydon Smyth");
        smith.DateOfBirth.ShouldBe(smyth.DateOfBirth);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EmptyDatabase_GivesSomeChildrenFormerNamesAndAliasesThatASearchFinds(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();
        var children = await context.Set<Child>().ToListAsync();
        var renamed = children.First(c => c.FormerNames.Count > 0);
        var formerFamilyName = $" {NameMatching.Normalise(renamed.FormerNames[0].Name.FamilyName)} ";

        var found = await context.Set<Child>()
            .Where(c => EF.Property<string>(c, ChildSearchText.NamesColumn).Contains(formerFamilyName))
            .Select(c => c.Id)
            .ToListAsync();

        found.ShouldContain(renamed.Id);
        renamed.FormerNames[0].Name.FamilyName.ShouldNotBe(renamed.Name.FamilyName);
        children.Count(c => c.FormerNames.Count > 0).ShouldBeGreaterThanOrEqualTo(3);
        children.Count(c => c.Aliases.Count > 0).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_EveryChildsNhsNumber_PassesTheModulus11Check(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var context = database.CreateContext();

        var numbers = await context.Database
            .SqlQueryRaw<string>("SELECT nhs_number AS \"Value\" FROM children WHERE nhs_number IS NOT NULL")
            .ToListAsync();

        numbers.Count.ShouldBeGreaterThan(150);
        numbers.ShouldAllBe(n => PassesModulus11(n));
        numbers.Distinct().Count().ShouldBe(numbers.Count);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_DatabaseAlreadySeeded_DoesNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = database.CreateContext())
        {
            await DemoLocalAuthority.SeedAsync(first, SeededDemo.Day, SeededDemo.Instant);
        }

        int childrenBefore, changesBefore;
        await using (var counting = database.CreateContext())
        {
            childrenBefore = await counting.Set<Child>().CountAsync();
            changesBefore = await counting.ChangeRecords.CountAsync();
        }

        await using var second = database.CreateContext();
        var result = await DemoLocalAuthority.SeedAsync(second, SeededDemo.Day.AddDays(1), SeededDemo.Instant.AddDays(1));

        result.Seeded.ShouldBeFalse();
        result.Children.ShouldBe(0);
        (await second.Set<Child>().CountAsync()).ShouldBe(childrenBefore);
        (await second.ChangeRecords.CountAsync()).ShouldBe(changesBefore);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_DatabaseWithOnlyAUserAccount_DoesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, new FakeClock(SeededDemo.Instant));
        await data.CreateUserAsync(Role.Administrator);
        await using var context = database.CreateContext();

        var result = await DemoLocalAuthority.SeedAsync(context, SeededDemo.Day, SeededDemo.Instant);

        result.Seeded.ShouldBeFalse();
        (await context.Set<Team>().CountAsync()).ShouldBe(0);
        (await context.Set<UserAccount>().CountAsync()).ShouldBe(1);
    }

    [Theory]
    [DatabaseData]
    public async Task Seed_TwoEmptyDatabasesOnTheSameDay_CreateTheSameChildren(DatabaseProvider provider)
    {
        var database = await seeded.DatabaseAsync(provider);
        await using var other = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var seeding = other.CreateContext())
        {
            await DemoLocalAuthority.SeedAsync(seeding, SeededDemo.Day, SeededDemo.Instant.AddHours(3));
        }

        var first = await ChildrenIn(database);
        var second = await ChildrenIn(other);

        first.Count.ShouldBeGreaterThan(0);
        second.ShouldBe(first);
    }

    private static async Task<List<(string LaChildId, string Name, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth)>> ChildrenIn(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var children = await context.Set<Child>().AsNoTracking().ToListAsync();
        return children
            .Select(c => (c.LaChildId.Value, c.Name.FullName, c.DateOfBirth, c.ExpectedDateOfBirth))
            .OrderBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
    }

    private static bool PassesModulus11(string number)
    {
        if (number.Length != 10 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = Enumerable.Range(0, 9).Sum(i => (number[i] - '0') * (10 - i));
        var check = 11 - (sum % 11);
        return check != 10 && (check == 11 ? 0 : check) == number[9] - '0';
    }

    [GeneratedRegex("^NS[0-9]{6}$")]
    private static partial Regex LaChildIdPattern();
}

/// <summary>One demo seeding per database for the tests that only read it.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public static readonly DateOnly Day = new(2026, 11, 2);
    public static readonly DateTimeOffset Instant = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly Lock _lock = new();
    private readonly Dictionary<DatabaseProvider, Task<(TestDatabase Database, DemoSeedResult Result)>> _seeded = [];

    public DemoSeedResult Result(DatabaseProvider provider) => _seeded[provider].Result.Result;

    public async Task<TestDatabase> DatabaseAsync(DatabaseProvider provider)
    {
        Task<(TestDatabase Database, DemoSeedResult Result)>? seeding;
        lock (_lock)
        {
            if (!_seeded.TryGetValue(provider, out seeding))
            {
                seeding = SeedAsync(provider);
                _seeded[provider] = seeding;
            }
        }

        return (await seeding).Database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var seeding in _seeded.Values)
        {
            await (await seeding).Database.DisposeAsync();
        }
    }

    private static async Task<(TestDatabase Database, DemoSeedResult Result)> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        return (database, await DemoLocalAuthority.SeedAsync(context, Day, Instant));
    }
}
