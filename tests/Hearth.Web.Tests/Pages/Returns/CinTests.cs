using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Xml.Linq;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;

namespace Hearth.Web.Tests.Pages.Returns;

/// <summary>Each test has a web host and database of its own (xunit makes a new instance per test), so the counts are exact.</summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xunit disposes the factory through IAsyncLifetime.DisposeAsync after each test.")]
public sealed class CinTests : IAsyncLifetime
{
    private readonly HearthWebFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => _factory.DisposeAsync();

    [Theory]
    [InlineData(Role.DataOfficer)]
    [InlineData(Role.SeniorLeader)]
    public async Task Get_Scenario_ShowsTheChildrenAndIssueCountsByRule(Role role)
    {
        var factory = _factory;
        await new TestData(factory.Database.CreateContext, factory.Clock).CreateCinCensusScenarioAsync(factory.Database.CreateContext);
        var (client, _) = await factory.SignInAsNewUserAsync(role);

        var page = await client.GetPageAsync("/returns/cin?year=2025-26");

        page.QuerySelector("#census-totals")!.TextContent.ShouldContain("3 children");
        page.QuerySelector("#census-totals")!.TextContent.ShouldContain("0 errors");
        page.QuerySelector("#census-totals")!.TextContent.ShouldContain("2 queries");
        var rows = page.QuerySelectorAll("#rule-counts tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.Select(r => (r[0], r[1])).ShouldBe([("2887Q", "Query"), ("8825Q", "Query")], ignoreOrder: true);
        rows.ShouldAllBe(r => r[3].StartsWith('1'));
        page.QuerySelector("#rule-counts a[href='/data-quality/cin?year=2025-26&rule=8825Q']").ShouldNotBeNull();
        page.QuerySelector("a[href='/returns/cin?handler=download&year=2025-26']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_NoYearChosen_ShowsTheLatestYearThatHasStarted()
    {
        var factory = _factory;
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync("/returns/cin");

        page.QuerySelector("select#Year option[selected]")!.GetAttribute("value").ShouldBe("2025-26");
        page.QuerySelector("#census-totals")!.TextContent.ShouldContain("0 children");
    }

    [Fact]
    public async Task Get_UnknownYear_ShowsTheErrorSummary()
    {
        var factory = _factory;
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync("/returns/cin?year=1999-00");

        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Select a collection year");
        page.QuerySelector("#Year-error")!.TextContent.ShouldContain("Select a collection year");
        page.QuerySelector("#census-totals").ShouldBeNull();
    }

    [Fact]
    public async Task Download_Scenario_StreamsTheYearsXmlWithTheLocalAuthorityCode()
    {
        var factory = _factory;
        var scenario = await new TestData(factory.Database.CreateContext, factory.Clock).CreateCinCensusScenarioAsync(factory.Database.CreateContext);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        using var response = await client.Http.GetAsync(new Uri("/returns/cin?handler=download&year=2025-26", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("cin_census_802_2025-26.xml");
        var file = XDocument.Load(await response.Content.ReadAsStreamAsync());
        file.Descendants("LAchildID").Select(e => e.Value).ShouldBe(
            [scenario.ChildProtection.LaChildId.Value, scenario.ChildInNeedPlan.LaChildId.Value, scenario.NoFurtherAction.LaChildId.Value]);
        file.Descendants("LEA").Single().Value.ShouldBe("802");
        file.Descendants("ReferenceDate").Single().Value.ShouldBe("2026-03-31");
    }

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.TeamManager)]
    [InlineData(Role.Administrator)]
    public async Task Get_RoleThatDoesNotPrepareReturns_Returns403(Role role)
    {
        var factory = _factory;
        var (client, _) = await factory.SignInAsNewUserAsync(role);

        var page = await client.GetPageAsync("/returns/cin", HttpStatusCode.Forbidden);

        page.Body!.TextContent.ShouldContain("Only data officers and senior leaders");
    }

    [Fact]
    public async Task Download_RoleThatDoesNotPrepareReturns_Returns403()
    {
        var factory = _factory;
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        using var response = await client.Http.GetAsync(new Uri("/returns/cin?handler=download&year=2025-26", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var factory = _factory;
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/returns/cin?handler=download&year=2025-26", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
