using Hearth.Domain.Children;
using Hearth.Domain.Workforce;

namespace Hearth.Web.Tests.Pages.Caseload;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_Worker_ListsTheirChildrenByNameWithCountAndWarnings()
    {
        var today = factory.Data.Today;
        var team = await factory.Data.CreateTeamAsync();
        var (client, account, worker) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);
        var colleague = await factory.Data.CreateWorkerAsync(team);
        var zoe = await factory.Data.CreateChildAsync("Zoe", "Adams", configure: c =>
        {
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today.AddMonths(-4), today.AddDays(-1), today.AddMonths(-4), factory.Data.Change());
            c.AddWarning(WarningType.DrugUse, "Drugs", today, today.AddMonths(1), today, factory.Data.Change());
        });
        var ben = await factory.Data.CreateChildAsync("Ben", "Young");
        var named = await factory.Data.CreateChildAsync("Nia", "Named", configure: c => c.Restrict("Staff member's child", [account.Id], factory.Data.Change()));
        var hidden = await factory.Data.CreateChildAsync("Hal", "Hidden", configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));
        var notMine = await factory.Data.CreateChildAsync("Not", "Mine");
        await factory.Data.AllocateAsync(ben, worker, team, new DateOnly(2026, 9, 1));
        await factory.Data.AllocateAsync(zoe, worker, team);
        await factory.Data.AllocateAsync(named, worker, team);
        await factory.Data.AllocateAsync(hidden, worker, team);
        await factory.Data.AllocateAsync(notMine, colleague, team);

        var page = await client.GetPageAsync("/caseload");

        page.Text("#caseload-count").ShouldBe("4 children");
        var rows = page.QuerySelectorAll("table tbody tr").ToList();
        rows.Select(r => r.QuerySelector("td a")!.TextContent).ShouldBe(["Zoe Adams", "Nia Named", "Ben Young"]);
        rows[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{zoe.Id}");
        rows[0].TextContent.ShouldContain("2 warnings");
        rows[0].TextContent.ShouldContain("1 review overdue");
        rows[2].TextContent.ShouldContain(ben.LaChildId.Value);
        rows[2].TextContent.ShouldContain("1 September 2026");
        rows[2].TextContent.ShouldContain(team.Name);
        rows[2].TextContent.ShouldContain("8 years");
        rows[2].TextContent.ShouldContain("None");
        page.Text(".govuk-inset-text").ShouldContain("1 more child is allocated but not shown");
    }

    [Fact]
    public async Task Get_EndedAllocation_IsNotOnTheCaseload()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, worker) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);
        var other = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, worker, team, factory.Data.Today.AddMonths(-2));
        await factory.Data.AllocateAsync(child, other, team, factory.Data.Today.AddDays(-1));

        var page = await client.GetPageAsync("/caseload");

        page.QuerySelector("table").ShouldBeNull();
        page.Text("main").ShouldContain("No children are allocated to you.");
    }

    [Fact]
    public async Task Get_NoLinkedWorker_SaysThereIsNoCaseload()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync("/caseload");

        page.Text("main").ShouldContain("You have no caseload");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/caseload", UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
