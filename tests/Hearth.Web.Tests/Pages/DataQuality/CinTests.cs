using System.Diagnostics.CodeAnalysis;
using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;

namespace Hearth.Web.Tests.Pages.DataQuality;

/// <summary>Each test has a web host and database of its own (xunit makes a new instance per test), so the counts are exact.</summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "xunit disposes the factory through IAsyncLifetime.DisposeAsync after each test.")]
public sealed class CinTests : IAsyncLifetime
{
    private readonly HearthWebFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Get_ChildrenWithIssues_CountsChildrenAndIssuesByRule()
    {
        await ChildWithNoUpnOrDisabilityAsync();
        await ChildWithNoUpnOrDisabilityAsync();
        await new TestData(_factory.Database.CreateContext, _factory.Clock).CreateCinCensusScenarioAsync(_factory.Database.CreateContext);
        var (client, _) = await _factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync("/data-quality/cin?year=2025-26");

        page.QuerySelector("#children-checked")!.TextContent.ShouldContain("5 children");
        var rows = page.QuerySelectorAll("#rules tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.Select(r => (r[0].Split(" ")[0], r[1], r[3], r[4])).ShouldBe([("8540", "Error", "2", "2"), ("8770Q", "Query", "2", "2"), ("8825Q", "Query", "1", "1")]);
    }

    [Fact]
    public async Task Get_RuleChosen_ListsTheChildrenWithTheirTeamWorkerAndALinkToTheirCensusIssues()
    {
        var (child, team, worker) = await ChildWithNoUpnOrDisabilityAsync();
        var (client, _) = await _factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync("/data-quality/cin?year=2025-26&rule=8540");

        page.QuerySelector("h2")!.TextContent.ShouldContain("Rule 8540");
        var row = page.QuerySelectorAll("#issue-children tbody tr").ShouldHaveSingleItem();
        row.TextContent.ShouldContain(child.LaChildId.Value);
        row.TextContent.ShouldContain(team.Name);
        row.TextContent.ShouldContain(worker.FullName);
        row.TextContent.ShouldContain("No Disability is recorded");
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{child.Id}/census-issues?year=2025-26");
    }

    [Fact]
    public async Task Get_FilteredByTeam_CountsOnlyThatTeamsChildren()
    {
        var (_, team, _) = await ChildWithNoUpnOrDisabilityAsync();
        await ChildWithNoUpnOrDisabilityAsync();
        var (client, _) = await _factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync($"/data-quality/cin?year=2025-26&team={team.Id}");

        page.QuerySelector("#children-checked")!.TextContent.ShouldContain("1 child");
        page.QuerySelectorAll("#rules tbody tr")[0].QuerySelectorAll("td")[3].TextContent.Trim().ShouldBe("1");
        page.QuerySelector($"select#Team option[value='{team.Id}']")!.HasAttribute("selected").ShouldBeTrue();
    }

    [Fact]
    public async Task Get_FilteredByWorkerAndRule_ListsOnlyThatWorkersChildren()
    {
        await ChildWithNoUpnOrDisabilityAsync();
        var (child, _, worker) = await ChildWithNoUpnOrDisabilityAsync();
        var (client, _) = await _factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync($"/data-quality/cin?year=2025-26&worker={worker.Id}&rule=8770Q");

        page.QuerySelectorAll("#issue-children tbody tr").ShouldHaveSingleItem().TextContent.ShouldContain(child.LaChildId.Value);
    }

    [Fact]
    public async Task Get_RestrictedChildNotNamed_IsNeitherCountedNorListed()
    {
        await ChildWithNoUpnOrDisabilityAsync();
        var (restricted, _, _) = await ChildWithNoUpnOrDisabilityAsync();
        var named = await _factory.Data.CreateUserAsync(Role.DataOfficer);
        await using (var db = _factory.Database.CreateContext())
        {
            var child = await db.Set<Child>().FindAsync(restricted.Id);
            child!.Restrict("Child of a member of staff", [named.Id], _factory.Data.Change());
            await db.SaveChangesAsync();
        }

        var (client, _) = await _factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync("/data-quality/cin?year=2025-26&rule=8540");

        page.QuerySelector("#children-checked")!.TextContent.ShouldContain("1 child");
        page.QuerySelectorAll("#issue-children tbody tr").ShouldHaveSingleItem().TextContent.ShouldNotContain(restricted.LaChildId.Value);
        var namedClient = await _factory.SignInAsync(named);
        var namedPage = await namedClient.GetPageAsync("/data-quality/cin?year=2025-26&rule=8540");
        namedPage.QuerySelectorAll("#issue-children tbody tr").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Get_NoIssues_SaysSo()
    {
        var (client, _) = await _factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync("/data-quality/cin");

        page.QuerySelector("#no-issues")!.TextContent.ShouldContain("No child's record breaks a census rule");
    }

    [Fact]
    public async Task Get_UnknownRule_Returns404()
    {
        var (client, _) = await _factory.SignInAsNewUserAsync(Role.DataOfficer);

        await client.GetPageAsync("/data-quality/cin?rule=9999", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.QualityAssuranceOfficer)]
    public async Task Get_RoleThatDoesNotPrepareReturns_Returns403(Role role)
    {
        var (client, _) = await _factory.SignInAsNewUserAsync(role);

        var page = await client.GetPageAsync("/data-quality/cin", HttpStatusCode.Forbidden);

        page.Body!.TextContent.ShouldContain("Only data officers and senior leaders");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/data-quality/cin", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    /// <summary>A child of school age with no UPN or disability recorded, referred in 2025-26: issues 8540 and 8770Q.</summary>
    private async Task<(Child Child, Team Team, Worker Worker)> ChildWithNoUpnOrDisabilityAsync()
    {
        var team = await _factory.Data.CreateTeamAsync();
        var worker = await _factory.Data.CreateWorkerAsync(team, givenName: "Sam", familyName: $"Worker{Guid.NewGuid():N}"[..14]);
        var child = await _factory.Data.CreateChildAsync(dateOfBirth: new DateOnly(2018, 5, 14));
        await _factory.Data.AllocateAsync(child, worker, team);
        await _factory.Data.OpenEpisodeAsync(_factory.Database.CreateContext, child.Id, new DateOnly(2025, 10, 1));
        return (child, team, worker);
    }
}
