using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Pages.Children.FindAChild;

namespace Hearth.Web.Tests.Pages.Children.FindAChild;

public sealed class FindAChildTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_NoSearch_ShowsTheSearchFormAndHowToAddAChild()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        var page = await client.GetPageAsync("/children");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Find a child");
        var form = page.QuerySelector<IHtmlFormElement>("form[action='/children']")!;
        form.Method.ShouldBe("get");
        foreach (var field in new[] { "Name", "DateOfBirth.Day", "DateOfBirth.Month", "DateOfBirth.Year", "NhsNumber", "LaChildId", "Postcode" })
        {
            form.QuerySelector($"input[name='{field}']").ShouldNotBeNull(field);
        }

        page.QuerySelector("a[href='/children/add']").ShouldNotBeNull();
        page.QuerySelector("#results").ShouldBeNull();
    }

    [Fact]
    public async Task Search_Name_ListsTheChildWithAgePostcodeAllocationAndWhatMatched()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        var worker = await factory.Data.CreateWorkerAsync(team, givenName: "Nadia", familyName: "Okafor");
        var child = await factory.Data.CreateChildAsync("Marnie", "Quillfeather", dateOfBirth: new DateOnly(2018, 5, 14), postcode: "BS23 1AB");
        await factory.Data.AllocateAsync(child, worker, team);

        var page = await client.GetPageAsync("/children?Name=quill");

        page.QuerySelector("#results")!.TextContent.ShouldBe("1 child found");
        var cells = Row(page, "Marnie Quillfeather").QuerySelectorAll("td").Select(Text).ToList();
        Row(page, "Marnie Quillfeather").QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{child.Id}");
        cells[1].ShouldBe("14 May 2018 8 years");
        cells[2].ShouldBe(child.LaChildId.Value);
        cells[3].ShouldBe("BS23 1AB");
        cells[4].ShouldBe($"Nadia Okafor, {team.Name}");
        cells[5].ShouldBe("Name");
        page.QuerySelector<IHtmlInputElement>("#Name")!.Value.ShouldBe("quill");
    }

    [Fact]
    public async Task Search_AliasAndMisspelling_SaysWhatMatched()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);
        await factory.Data.CreateChildAsync("Zoë", "Pemberley", configure: c => c.AddAlias(PersonName.Create("Zee", "Ravensworth"), factory.Data.Change()));

        var byAlias = await client.GetPageAsync("/children?Name=ravensworth");
        var misspelt = await client.GetPageAsync("/children?Name=Pembrely");

        Text(Row(byAlias, "Zoë Pemberley").QuerySelectorAll("td")[5]).ShouldBe("Alias: Zee Ravensworth");
        Text(Row(misspelt, "Zoë Pemberley").QuerySelectorAll("td")[5]).ShouldBe("Similar name");
    }

    [Fact]
    public async Task Search_DateOfBirth_ListsOnlyChildrenBornThatDay()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        await factory.Data.CreateChildAsync("Orla", "Datefield", dateOfBirth: new DateOnly(2011, 2, 3));
        await factory.Data.CreateChildAsync("Piers", "Datefield", dateOfBirth: new DateOnly(2011, 2, 4));

        var page = await client.GetPageAsync("/children?DateOfBirth.Day=3&DateOfBirth.Month=2&DateOfBirth.Year=2011");

        Names(page).ShouldContain("Orla Datefield");
        Names(page).ShouldNotContain("Piers Datefield");
    }

    [Fact]
    public async Task Search_NhsNumberWithSpaces_FindsTheChild()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        await factory.Data.CreateChildAsync("Rhys", "Numberly", nhsNumber: "4010232137");

        var page = await client.GetPageAsync("/children?NhsNumber=401+023+2137");

        Names(page).ShouldBe(["Rhys Numberly"]);
    }

    [Fact]
    public async Task Search_LaChildIdInLowerCase_FindsTheChild()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        var child = await factory.Data.CreateChildAsync("Sian", "Idworth");

        var page = await client.GetPageAsync($"/children?LaChildId={child.LaChildId.Value.ToLowerInvariant()}");

        Names(page).ShouldBe(["Sian Idworth"]);
        Text(Row(page, "Sian Idworth").QuerySelectorAll("td")[5]).ShouldBe("LA child ID");
    }

    [Fact]
    public async Task Search_PostcodeDistrict_FindsThatDistrictButNotASimilarOne()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        await factory.Data.CreateChildAsync("Tara", "Postwick", postcode: "TA23 1AB");
        await factory.Data.CreateChildAsync("Ugo", "Postwick", postcode: "TA2 3AB");

        var page = await client.GetPageAsync("/children?Postcode=ta23");

        Names(page).ShouldBe(["Tara Postwick"]);
    }

    [Fact]
    public async Task Search_NothingEntered_AsksForAtLeastOneDetail()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        var page = await client.GetPageAsync("/children?Name=&NhsNumber=&LaChildId=&Postcode=");

        var link = page.QuerySelector(".govuk-error-summary a")!;
        link.TextContent.ShouldBe(IndexModel.NothingEntered);
        link.GetAttribute("href").ShouldBe("#Name");
        page.QuerySelector("#results").ShouldBeNull();
    }

    [Theory]
    [InlineData("NhsNumber=943+476+5918", "NhsNumber", "This is not a valid NHS number: check it has been copied correctly", "943 476 5918")]
    [InlineData("Postcode=BS", "Postcode", "Enter a real postcode or the start of one, like BS23 or BS23 1", "BS")]
    [InlineData("LaChildId=HC-12", "LaChildId", "LA child ID must be 20 letters and numbers or fewer, with no spaces or symbols", "HC-12")]
    public async Task Search_InvalidField_ShowsTheErrorAndKeepsWhatWasTyped(string query, string field, string message, string typed)
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        var page = await client.GetPageAsync($"/children?{query}");

        page.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe(message);
        page.QuerySelector($"#{field}-error")!.TextContent.ShouldContain(message);
        page.QuerySelector<IHtmlInputElement>($"#{field}")!.Value.ShouldBe(typed);
        page.QuerySelector("#results").ShouldBeNull();
    }

    [Fact]
    public async Task Search_DateThatIsNotReal_ShowsTheDateErrorAndKeepsWhatWasTyped()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        var page = await client.GetPageAsync("/children?DateOfBirth.Day=31&DateOfBirth.Month=2&DateOfBirth.Year=2015");

        page.QuerySelector(".govuk-error-summary a")!.TextContent.ShouldBe("Date of birth must be a real date");
        page.QuerySelector<IHtmlInputElement>("#DateOfBirth-day")!.Value.ShouldBe("31");
    }

    [Fact]
    public async Task Search_RestrictedRecord_IsListedOnlyForPeopleNamedOnIt()
    {
        var (named, namedAccount) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        var (other, _) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        var child = await factory.Data.CreateChildAsync("Vera", "Hushwood",
            configure: c => c.Restrict("Child of a member of staff", [namedAccount.Id], factory.Data.Change()));

        var forNamed = await named.GetPageAsync("/children?Name=hushwood");
        var forOther = await other.GetPageAsync("/children?Name=hushwood");

        Row(forNamed, "Vera Hushwood").QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{child.Id}");
        forOther.QuerySelector("#results")!.TextContent.ShouldBe("No children found");
        Names(forOther).ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_ChildAllocatedToAnotherTeam_IsListedWithoutALinkAndTaggedNoAccess()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());
        var otherTeam = await factory.Data.CreateTeamAsync("Children in care");
        var child = await factory.Data.CreateChildAsync("Wynn", "Elsewhere");
        await factory.Data.AllocateAsync(child, await factory.Data.CreateWorkerAsync(otherTeam), otherTeam);

        var page = await client.GetPageAsync("/children?Name=elsewhere");

        var row = Row(page, "Wynn Elsewhere");
        row.QuerySelector("a").ShouldBeNull();
        row.QuerySelector(".govuk-tag")!.TextContent.ShouldBe("No access");
    }

    [Fact]
    public async Task Search_ManyMatches_ShowsTheCountAndPagesOf25()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.IndependentReviewingOfficer);
        for (var i = 0; i < 30; i++)
        {
            await factory.Data.CreateChildAsync($"Child{(char)('a' + (i % 26))}", "Pageworthy", dateOfBirth: new DateOnly(2010, 1, 1).AddDays(i));
        }

        var first = await client.GetPageAsync("/children?Name=pageworthy");
        var next = first.QuerySelector<IHtmlAnchorElement>(".govuk-pagination__next a")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);

        first.QuerySelector("#results")!.TextContent.ShouldBe("30 children found");
        first.QuerySelectorAll("tbody tr").Length.ShouldBe(IndexModel.PageSize);
        next.ShouldBe("/children?Name=pageworthy&page=2");
        second.QuerySelectorAll("tbody tr").Length.ShouldBe(5);
        second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim().ShouldBe("2");
        Names(first).Intersect(Names(second)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_Administrator_IsRefused()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.Administrator);

        var page = await client.GetPageAsync("/children?Name=reed", HttpStatusCode.Forbidden);

        page.QuerySelector("h1")!.TextContent.ShouldBe("You do not have permission to find a child");
        page.QuerySelector("table").ShouldBeNull();
    }

    [Fact]
    public async Task Get_ReadOnlyRole_IsNotOfferedToAddAChild()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync("/children");

        page.QuerySelector("a[href='/children/add']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/children?Name=reed", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/sign-in?returnUrl=");
    }

    private static IElement Row(IParentNode page, string name) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Contains(name, StringComparison.Ordinal));

    private static List<string> Names(IParentNode page) =>
        page.QuerySelectorAll("tbody tr td:first-child").Select(td => (td.QuerySelector("a")?.TextContent ?? td.ChildNodes[0].TextContent).Trim()).ToList();

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
