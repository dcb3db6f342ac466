using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Teams.Work;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Child> ChildWithReviewsDueAsync(string givenName, params int[] daysFromToday)
    {
        var today = factory.Data.Today;
        return factory.Data.CreateChildAsync(givenName, "Reed", configure: c =>
        {
            foreach (var days in daysFromToday)
            {
                c.AddWarning(WarningType.DogOrAnimal, $"Dog {days}", today.AddMonths(-4), today.AddDays(days), today.AddMonths(-4), factory.Data.Change());
            }
        });
    }

    [Fact]
    public async Task Get_Manager_CountsEachWorkersWorkMostOverdueFirst()
    {
        var team = await factory.Data.CreateTeamAsync();
        var otherTeam = await factory.Data.CreateTeamAsync("Elsewhere");
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team, "Maya", "Manager");
        var ann = await factory.Data.CreateWorkerAsync(team, givenName: "Ann", familyName: "Able");
        var bob = await factory.Data.CreateWorkerAsync(team, givenName: "Bob", familyName: "Busy");
        var outsider = await factory.Data.CreateWorkerAsync(otherTeam, givenName: "Oli", familyName: "Out");
        await factory.Data.AllocateAsync(await ChildWithReviewsDueAsync("Amy", -1, 0), ann, team);
        await factory.Data.AllocateAsync(await ChildWithReviewsDueAsync("Bea", -5, -2, 1), bob, team);
        await factory.Data.AllocateAsync(await ChildWithReviewsDueAsync("Out", -9), outsider, otherTeam);

        var page = await client.GetPageAsync("/team/work");

        var rows = page.QuerySelectorAll("#team-work tbody tr")
            .Select(r => string.Join('|', r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))
            .ToList();
        rows.ShouldBe(["Bob Busy's work|2|0|1", "Ann Able's work|1|1|0", "Maya Manager's work|0|0|0"]);
        page.QuerySelector($"a[href='/team/work/{bob.Id}']").ShouldNotBeNull();
        page.QuerySelector(".govuk-service-navigation__item--active")!.TextContent.Trim().ShouldBe("Team work");
    }

    [Fact]
    public async Task GetWorker_Manager_ListsThatWorkersWorkByChild()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team, "Maya", "Manager");
        var bob = await factory.Data.CreateWorkerAsync(team, givenName: "Bob", familyName: "Busy");
        var bea = await ChildWithReviewsDueAsync("Bea", -5, 1);
        await factory.Data.AllocateAsync(bea, bob, team);

        var page = await client.GetPageAsync($"/team/work/{bob.Id}");

        page.Text("h1").ShouldBe("Bob Busy's work");
        page.QuerySelectorAll("#overdue tbody tr").Single().QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{bea.Id}/work");
        page.QuerySelectorAll("#due-soon tbody tr").Length.ShouldBe(1);
    }

    [Fact]
    public async Task GetWorker_WorkerInAnotherTeam_IsNotFound()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);
        var outsider = await factory.Data.CreateWorkerAsync(await factory.Data.CreateTeamAsync("Elsewhere"));

        using var response = await client.Http.GetAsync(new Uri($"/team/work/{outsider.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/team/work")]
    [InlineData("/team/work/0191f5a0-0000-7000-8000-000000000000")]
    public async Task Get_SocialWorker_IsForbidden(string url)
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync(url, HttpStatusCode.Forbidden);

        page.Text("h1").ShouldBe("You cannot see team caseloads");
    }
}
