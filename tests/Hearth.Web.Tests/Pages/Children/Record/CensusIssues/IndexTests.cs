using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Pages.Children.Record.CensusIssues;

namespace Hearth.Web.Tests.Pages.Children.Record.CensusIssues;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/census-issues";

    [Fact]
    public async Task Get_ChildOfSchoolAgeWithNoUpnOrDisability_ListsBothIssuesWithALinkToChangeTheirDetails()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id, new DateOnly(2025, 10, 1));

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("h2")!.TextContent.ShouldBe("Census issues");
        page.QuerySelector("#census-status")!.TextContent.ShouldContain("1 error and 1 query");
        var rows = page.QuerySelectorAll("#census-issues tbody tr").ToList();
        rows.Select(r => r.QuerySelector("td")!.TextContent).ShouldBe(["8540", "8770Q"]);
        rows[0].TextContent.ShouldContain("No Disability is recorded");
        rows[1].TextContent.ShouldContain("no UPN");
        rows.ShouldAllBe(r => r.QuerySelector("a")!.GetAttribute("href") == $"/children/{child.Id}/details/edit");
        page.QuerySelector("caption")!.TextContent.ShouldContain("2025-26");
    }

    [Fact]
    public async Task Get_ChildMeetingEveryRule_SaysSo()
    {
        var scenario = await new TestData(factory.Database.CreateContext, factory.Clock).CreateCinCensusScenarioAsync(factory.Database.CreateContext, freshIds: true);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync(Url(scenario.ChildInNeedPlan.Id));

        page.QuerySelector("#census-status")!.TextContent.ShouldContain("meets every census rule for 2025-26");
        page.QuerySelector("#census-issues").ShouldBeNull();
    }

    [Fact]
    public async Task Get_ChildWithNoEpisodeInTheYear_SaysTheyAreNotInTheCensus()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector("#census-status")!.TextContent.ShouldContain("no child in need episode open in 2025-26");
    }

    [Fact]
    public async Task Get_EarlierYearChosen_ChecksThatYear()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id, new DateOnly(2024, 10, 1));

        var page = await client.GetPageAsync(Url(child.Id) + "?year=2024-25");

        page.QuerySelector("caption")!.TextContent.ShouldContain("2024-25");
        page.QuerySelectorAll("#census-issues tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ShouldContain("8540");
    }

    [Fact]
    public async Task Get_UnknownYear_Returns404()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        await client.GetPageAsync(Url(child.Id) + "?year=2019-20", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_RoleThatCannotEdit_ShowsWhereToFixWithoutALink()
    {
        var child = await factory.Data.CreateChildAsync(dateOfBirth: new DateOnly(2018, 5, 14));
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id, new DateOnly(2025, 10, 1));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync(Url(child.Id));

        var rows = page.QuerySelectorAll("#census-issues tbody tr").ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.QuerySelector("a") == null && r.TextContent.Contains("Change details"));
    }

    [Fact]
    public async Task Get_DetailsPageOfChildWithIssues_CountsThemAndLinksHere()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id, new DateOnly(2025, 10, 1));

        var page = await client.GetPageAsync($"/children/{child.Id}");

        var summary = page.QuerySelector("#census-issues-summary")!;
        summary.TextContent.ShouldContain("1 census error and 1 census query for 2025-26");
        summary.QuerySelector("a")!.GetAttribute("href").ShouldBe(Url(child.Id));
    }

    [Fact]
    public async Task Get_DetailsPageOfChildWithoutIssues_ShowsNoCount()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync($"/children/{child.Id}");

        page.QuerySelector("#census-issues-summary").ShouldBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndLogsTheAttempt()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Fact]
    public async Task Get_ChildOfAnotherTeam_Returns403AndLogsTheAttempt()
    {
        var (client, account, child) = await factory.SignInAsOtherTeamAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(Url(child.Id), UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    [Theory]
    [InlineData("4011", "/child-in-need-plans")]
    [InlineData("8840", "/child-protection-plans")]
    [InlineData("1103", "/assessments")]
    [InlineData("8866", "/referrals")]
    [InlineData("8615", "/section-47-enquiries")]
    [InlineData("8540", "/details/edit")]
    public void For_Rule_LinksToThePageOfItsFirstAffectedField(string rule, string page)
    {
        var childId = Guid.CreateVersion7();

        CensusFixes.For(rule, childId).Href.ShouldBe($"/children/{childId}{page}");
    }
}
