using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Domain.Children;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.Children;

public class ChildSearchTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task Find_StartsOfGivenAndFamilyName_FindsOnlyChildrenWithBoth(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var jamie = await data.CreateChildAsync("Jamie", "Reed");
        await data.CreateChildAsync("Sam", "Reed");
        await data.CreateChildAsync("Jamie", "Brown");

        var results = await FindAsync(database, new ChildSearchCriteria { Name = "jam ree" });

        results.Matches.Select(m => m.ChildId).ShouldBe([jamie.Id]);
        results.Matches.Single().MatchedOn.ShouldBe(["Name"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_AliasOrFormerName_SaysWhichNameMatched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var zoe = await data.CreateChildAsync("Zoë", "O'Brien", configure: c =>
        {
            c.AddAlias(PersonName.Create("Zee", "O'Brien"), data.Change());
            c.AddFormerName(PersonName.Create("Zoe", "Hartley"), data.Today.AddYears(-2), data.Today, data.Change());
        });

        var byAlias = await FindAsync(database, new ChildSearchCriteria { Name = "Zee" });
        var byFormerName = await FindAsync(database, new ChildSearchCriteria { Name = "hartley" });

        byAlias.Matches.Single().ChildId.ShouldBe(zoe.Id);
        byAlias.Matches.Single().MatchedOn.ShouldBe(["Alias: Zee O'Brien"]);
        byFormerName.Matches.Single().ChildId.ShouldBe(zoe.Id);
        byFormerName.Matches.Single().MatchedOn.ShouldBe(["Former name: Zoe Hartley"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_MisspeltNames_FindsTheChildAsASimilarName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var tom = await data.CreateChildAsync("Tom", "Jones");
        var ann = await data.CreateChildAsync("Ann", "Smith");
        await data.CreateChildAsync("Tom", "Baker");

        var jnoes = await FindAsync(database, new ChildSearchCriteria { Name = "Jnoes" });
        var smyth = await FindAsync(database, new ChildSearchCriteria { Name = "Ann Smyth" });

        jnoes.Matches.Select(m => m.ChildId).ShouldBe([tom.Id]);
        jnoes.Matches.Single().MatchedOn.ShouldBe(["Similar name"]);
        smyth.Matches.Select(m => m.ChildId).ShouldBe([ann.Id]);
        smyth.Matches.Single().MatchedOn.ShouldBe(["Similar name"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_NameWithOrWithoutAccents_FindsTheSameChildren(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var accented = await data.CreateChildAsync("Zoë", "Adams");
        var plain = await data.CreateChildAsync("Zoe", "Baxter");

        var withoutAccent = await FindAsync(database, new ChildSearchCriteria { Name = "zoe" });
        var withAccent = await FindAsync(database, new ChildSearchCriteria { Name = "ZOË" });

        withoutAccent.Matches.Select(m => m.ChildId).ShouldBe([accented.Id, plain.Id]);
        withAccent.Matches.Select(m => m.ChildId).ShouldBe([accented.Id, plain.Id]);
        withAccent.Matches.ShouldAllBe(m => m.MatchedOn.Single() == "Name");
    }

    [Theory]
    [DatabaseData]
    public async Task Find_Name_RanksExactThenStartOfNameThenSimilar(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var similar = await data.CreateChildAsync("Jan", "Smith");
        var prefix = await data.CreateChildAsync("Jonathan", "Smith");
        var exact = await data.CreateChildAsync("Jon", "Smith");

        var results = await FindAsync(database, new ChildSearchCriteria { Name = "jon smith" });

        results.Matches.Select(m => m.ChildId).ShouldBe([exact.Id, prefix.Id, similar.Id]);
        results.Matches[2].MatchedOn.ShouldBe(["Similar name"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_MoreCandidatesThanTheLimit_PutsTheExactMatchFirstAndSaysThereWereMore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        await using (var context = database.CreateContext())
        {
            for (var i = 0; i < ChildSearch.CandidateLimit + 5; i++)
            {
                context.Add(Child.Register(LocalAuthorityChildId.Create($"BULK{i:D5}"), TestData.ChildDetails("Amy", "Smithson"), data.Today, data.Change()));
            }

            await context.SaveChangesAsync();
        }

        var exact = await data.CreateChildAsync("Amy", "Smith");

        var results = await FindAsync(database, new ChildSearchCriteria { Name = "smith" });

        results.ReachedLimit.ShouldBeTrue();
        results.Matches.Count.ShouldBe(ChildSearch.CandidateLimit);
        results.Matches[0].ChildId.ShouldBe(exact.Id);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_DateOfBirth_FindsOnlyChildrenBornThatDay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var born = await data.CreateChildAsync("Ava", "Lane", dateOfBirth: new DateOnly(2015, 3, 9));
        await data.CreateChildAsync("Ava", "Lane", dateOfBirth: new DateOnly(2015, 3, 10));

        var results = await FindAsync(database, new ChildSearchCriteria { DateOfBirth = new DateOnly(2015, 3, 9) });

        results.Matches.Select(m => m.ChildId).ShouldBe([born.Id]);
        results.Matches.Single().MatchedOn.ShouldBe(["Date of birth"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_NameAndDateOfBirth_NeedsBothToMatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var both = await data.CreateChildAsync("Ava", "Lane", dateOfBirth: new DateOnly(2015, 3, 9));
        await data.CreateChildAsync("Ava", "Lane", dateOfBirth: new DateOnly(2016, 1, 1));
        await data.CreateChildAsync("Ben", "Fox", dateOfBirth: new DateOnly(2015, 3, 9));

        var results = await FindAsync(database, new ChildSearchCriteria { Name = "lane", DateOfBirth = new DateOnly(2015, 3, 9) });

        results.Matches.Select(m => m.ChildId).ShouldBe([both.Id]);
        results.Matches.Single().MatchedOn.ShouldBe(["Name", "Date of birth"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_NhsNumberTypedWithSpaces_FindsTheChild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync(nhsNumber: "9434765919");
        await data.CreateChildAsync(nhsNumber: "9434765870");

        var results = await FindAsync(database, new ChildSearchCriteria { NhsNumber = NhsNumber.Create("943 476 5919") });

        results.Matches.Select(m => m.ChildId).ShouldBe([child.Id]);
        results.Matches.Single().MatchedOn.ShouldBe(["NHS number"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_LaChildIdInAnyCase_FindsTheChild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await RegisterAsync(database, data, "HC000101");
        await RegisterAsync(database, data, "HC000102");

        var results = await FindAsync(database, new ChildSearchCriteria { LaChildId = "hc000101" });

        results.Matches.Select(m => m.ChildId).ShouldBe([child.Id]);
        results.Matches.Single().MatchedOn.ShouldBe(["LA child ID"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_StartOfLaChildId_FindsEveryChildWhoseIdStartsWithIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var first = await RegisterAsync(database, data, "HC000101", "Amy");
        var second = await RegisterAsync(database, data, "HC000102", "Bea");
        await RegisterAsync(database, data, "HC001000");

        var results = await FindAsync(database, new ChildSearchCriteria { LaChildId = "HC0001" });

        results.Matches.Select(m => m.ChildId).ShouldBe([first.Id, second.Id]);
        results.Matches[0].MatchedOn.ShouldBe(["Start of LA child ID"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_PostcodeDistrict_FindsThatDistrictOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var sectorOne = await data.CreateChildAsync("Amy", "Cole", postcode: "BS23 1AB");
        var sectorFour = await data.CreateChildAsync("Bea", "Cole", postcode: "BS23 4XY");
        await data.CreateChildAsync("Cal", "Cole", postcode: "BS2 3AB");
        await data.CreateChildAsync("Dan", "Cole", postcode: "BS24 1AB");
        await data.CreateChildAsync("Eve", "Cole");

        Postcode.TryParsePartial("bs23", out var district).ShouldBeTrue();
        var results = await FindAsync(database, new ChildSearchCriteria { Postcode = district });

        results.Matches.Select(m => m.ChildId).ShouldBe([sectorOne.Id, sectorFour.Id]);
        results.Matches[0].Postcode.ShouldBe("BS23 1AB");
        results.Matches[0].MatchedOn.ShouldBe(["Postcode"]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_PostcodeSectorOrWholePostcode_FindsOnlyThoseAddresses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var sectorOne = await data.CreateChildAsync("Amy", "Cole", postcode: "BS23 1AB");
        var sameSector = await data.CreateChildAsync("Bea", "Cole", postcode: "BS23 1XY");
        await data.CreateChildAsync("Cal", "Cole", postcode: "BS23 4AB");

        Postcode.TryParsePartial("BS23 1", out var sector).ShouldBeTrue();
        var bySector = await FindAsync(database, new ChildSearchCriteria { Postcode = sector });
        var byPostcode = await FindAsync(database, new ChildSearchCriteria { Postcode = new PartialPostcode("BS23", "1AB") });

        bySector.Matches.Select(m => m.ChildId).ShouldBe([sectorOne.Id, sameSector.Id]);
        byPostcode.Matches.Select(m => m.ChildId).ShouldBe([sectorOne.Id]);
    }

    [Theory]
    [DatabaseData]
    public async Task Find_NothingAsked_FindsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        await data.CreateChildAsync();

        var results = await FindAsync(database, new ChildSearchCriteria { Name = " - " });

        results.Matches.ShouldBeEmpty();
    }

    [Theory]
    [DatabaseData]
    public async Task DuplicateCandidatesAsync_SameNhsNumberOrDateOfBirth_ReturnsThoseChildrenWithAllTheirNames(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var dateOfBirth = new DateOnly(2019, 6, 1);
        var sameNhs = await data.CreateChildAsync("Kai", "Ross", dateOfBirth: new DateOnly(2010, 1, 1), nhsNumber: "9434765919");
        var sameDay = await data.CreateChildAsync("Lily", "Moss", dateOfBirth: dateOfBirth,
            configure: c => c.AddAlias(PersonName.Create("Lil", "Mossop"), data.Change()));
        await data.CreateChildAsync("Max", "Ross", dateOfBirth: new DateOnly(2019, 6, 2));

        await using var context = database.CreateContext();
        var known = await new ChildSearch(context).DuplicateCandidatesAsync(
            new DuplicateCandidate(PersonName.Create("Lily", "Moss"), dateOfBirth, NhsNumber.Create("9434765919")));

        known.Select(k => k.ChildId).ShouldBe([sameNhs.Id, sameDay.Id], ignoreOrder: true);
        known.Single(k => k.ChildId == sameDay.Id).Names.Select(n => n.FullName).ShouldBe(["Lily Moss", "Lil Mossop"]);
        known.Single(k => k.ChildId == sameNhs.Id).NhsNumber!.Value.ShouldBe("9434765919");
    }

    [Theory]
    [DatabaseData]
    public async Task DuplicateCandidatesAsync_UnbornChildDueThatDay_IsACandidate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var due = data.Today.AddMonths(2);
        var unborn = await data.CreateChildAsync("Baby", "Hale", expectedDateOfBirth: due);

        await using var context = database.CreateContext();
        var known = await new ChildSearch(context).DuplicateCandidatesAsync(new DuplicateCandidate(PersonName.Create("Baby", "Hale"), due, null));

        known.Single().ChildId.ShouldBe(unborn.Id);
        known.Single().DateOfBirth.ShouldBe(due);
    }

    [Theory]
    [DatabaseData]
    public async Task DescribeAsync_Children_DescribesThemInTheOrderAsked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var first = await data.CreateChildAsync("Ada", "Wren", postcode: "BS23 1AB");
        var second = await data.CreateChildAsync("Bo", "Finch", expectedDateOfBirth: data.Today.AddMonths(1));

        await using var context = database.CreateContext();
        var described = await new ChildSearch(context).DescribeAsync([second.Id, first.Id]);

        described.Select(d => d.Name.FullName).ShouldBe(["Bo Finch", "Ada Wren"]);
        described[0].ExpectedDateOfBirth.ShouldBe(data.Today.AddMonths(1));
        described[1].Postcode.ShouldBe("BS23 1AB");
        described[1].LaChildId.ShouldBe(first.LaChildId.Value);
        described[1].MatchedOn.ShouldBeEmpty();
    }

    private static async Task<ChildSearchResults> FindAsync(TestDatabase database, ChildSearchCriteria criteria)
    {
        await using var context = database.CreateContext();
        return await new ChildSearch(context).FindAsync(criteria);
    }

    private static async Task<Child> RegisterAsync(TestDatabase database, TestData data, string laChildId, string givenNames = "Jamie")
    {
        var child = Child.Register(LocalAuthorityChildId.Create(laChildId), TestData.ChildDetails(givenNames), data.Today, data.Change());
        await using var context = database.CreateContext();
        context.Add(child);
        await context.SaveChangesAsync();
        return child;
    }
}
