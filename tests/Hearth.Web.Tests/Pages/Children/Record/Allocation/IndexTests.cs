using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Allocations;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_ReallocatedChild_ShowsCurrentAllocationAndHistoryNewestFirst()
    {
        var team = await factory.Data.CreateTeamAsync("Assessment", TeamKind.Assessment);
        var first = await factory.Data.CreateWorkerAsync(team, givenName: "Ada", familyName: "Ogun");
        var second = await factory.Data.CreateWorkerAsync(team, givenName: "Ben", familyName: "Ito");
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, first, team, factory.Data.Today.AddMonths(-3));
        await factory.Data.AllocateAsync(child, second, team, factory.Data.Today.AddDays(-7));
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        var page = await client.GetPageAsync($"/children/{child.Id}/allocation");

        var current = page.Text(".govuk-summary-list");
        current.ShouldContain("Ben Ito");
        current.ShouldContain(team.Name);
        current.ShouldContain("26 October 2026");
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("Ben Ito");
        rows[1].ShouldContain("Ada Ogun");
        rows[1].ShouldContain("2 August 2026");
        rows[1].ShouldContain("Reallocated to Ben Ito");
        page.QuerySelector($"a[href='/children/{child.Id}/allocation/allocate']")!.TextContent.Trim().ShouldBe("Reallocate");
        page.QuerySelector($"a[href='/children/{child.Id}/allocation/end']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_SocialWorkerOutsideTheFrontDoor_SeesNoAllocationControls()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync($"/children/{child.Id}/allocation");

        page.Text(".govuk-inset-text").ShouldContain("is not allocated");
        page.QuerySelector("a[href$='/allocation/allocate']").ShouldBeNull();
        page.QuerySelector("a[href$='/allocation/end']").ShouldBeNull();
    }
}
