using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Teams.Workers;

public sealed class WorkerTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_WorkerInTheTeam_ListsTheirChildren()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);
        var ada = await factory.Data.CreateWorkerAsync(team, givenName: "Ada", familyName: "Ogun");
        var child = await factory.Data.CreateChildAsync("Cal", "Child");
        await factory.Data.AllocateAsync(child, ada, team);

        var page = await client.GetPageAsync($"/team/workers/{ada.Id}");

        page.Text("h1").ShouldBe("Ada Ogun's caseload");
        page.Text("#caseload-count").ShouldBe("1 child");
        page.QuerySelector($"table tbody a[href='/children/{child.Id}']")!.TextContent.ShouldBe("Cal Child");
    }

    [Fact]
    public async Task Get_WorkerInAnotherTeam_IsNotFound()
    {
        var team = await factory.Data.CreateTeamAsync();
        var other = await factory.Data.CreateTeamAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);
        var outsider = await factory.Data.CreateWorkerAsync(other);

        await client.GetPageAsync($"/team/workers/{outsider.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_SocialWorker_IsForbidden()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, worker) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);

        await client.GetPageAsync($"/team/workers/{worker.Id}", HttpStatusCode.Forbidden);
    }
}
