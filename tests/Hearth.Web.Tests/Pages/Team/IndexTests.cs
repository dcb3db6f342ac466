using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Teams;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_TeamManager_ShowsEachWorkersCaseloadAndTheTeamsUnallocatedChildren()
    {
        var team = await factory.Data.CreateTeamAsync();
        var elsewhere = await factory.Data.CreateTeamAsync("Children in care", TeamKind.ChildrenLookedAfter);
        var (client, _, manager) = await factory.SignInAsWorkerAsync(Role.TeamManager, team, "Mo", "Manager");
        var ada = await factory.Data.CreateWorkerAsync(team, givenName: "Ada", familyName: "Ogun");
        var out1 = await factory.Data.CreateWorkerAsync(elsewhere);
        await factory.Data.AllocateAsync(await factory.Data.CreateChildAsync(), ada, team);
        await factory.Data.AllocateAsync(await factory.Data.CreateChildAsync(), ada, team);
        await factory.Data.AllocateAsync(await factory.Data.CreateChildAsync(), manager, team);
        var waiting = await factory.Data.CreateChildAsync("Wes", "Waiting");
        var leftElsewhere = await factory.Data.CreateChildAsync("Eli", "Elsewhere");
        await factory.Data.AllocateAsync(waiting, ada, team, factory.Data.Today.AddMonths(-2));
        await factory.Data.AllocateAsync(leftElsewhere, ada, team, factory.Data.Today.AddMonths(-3));
        await factory.Data.AllocateAsync(leftElsewhere, out1, elsewhere, factory.Data.Today.AddMonths(-2));
        await EndAsync(waiting.Id);
        await EndAsync(leftElsewhere.Id);
        await factory.Data.CreateChildAsync("Nev", "Never");

        var page = await client.GetPageAsync("/team");

        var caseloads = page.QuerySelectorAll("#caseloads tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        caseloads.ShouldBe([
            ["Mo Manager's caseload", "Team manager", "1"],
            ["Ada Ogun's caseload", "Social worker", "2"],
        ]);
        page.QuerySelector($"a[href='/team/workers/{ada.Id}']").ShouldNotBeNull();
        var unallocated = page.QuerySelectorAll("#unallocated tbody tr").ToList();
        unallocated.Select(r => r.QuerySelector("td a")!.TextContent).ShouldBe(["Wes Waiting"]);
        unallocated[0].QuerySelector($"a[href='/children/{waiting.Id}/allocation/allocate?teamId={team.Id}']").ShouldNotBeNull();
        unallocated[0].TextContent.ShouldContain("2 November 2026");
    }

    [Fact]
    public async Task Get_FrontDoorManager_SeesEveryUnallocatedChild()
    {
        var frontDoor = await factory.Data.CreateTeamAsync("MASH", TeamKind.FrontDoor);
        var other = await factory.Data.CreateTeamAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, frontDoor);
        var never = await factory.Data.CreateChildAsync("Nev", "Never");
        var allocated = await factory.Data.CreateChildAsync("Al", "Allocated");
        await factory.Data.AllocateAsync(allocated, await factory.Data.CreateWorkerAsync(other), other);
        var restricted = await factory.Data.CreateChildAsync("Rae", "Restricted", configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));

        var page = await client.GetPageAsync("/team");

        var links = page.QuerySelectorAll("#unallocated tbody tr td:first-child a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain($"/children/{never.Id}");
        links.ShouldNotContain($"/children/{allocated.Id}");
        links.ShouldNotContain($"/children/{restricted.Id}");
    }

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SeniorLeader)]
    public async Task Get_NotATeamManager_IsForbidden(Role role)
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(role, role == Role.SocialWorker ? team : null);

        var page = await client.GetPageAsync("/team", HttpStatusCode.Forbidden);

        page.Text("h1").ShouldBe("You cannot see team caseloads");
    }

    private async Task EndAsync(Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        var allocations = new CaseAllocations(childId, db.Set<Allocation>().Where(a => a.ChildId == childId).ToList());
        allocations.EndAllocation(factory.Data.Today, "Case closed", factory.Data.Change());
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/team", UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
