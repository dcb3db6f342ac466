using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Work;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_Worker_ListsOverdueDueTodayAndDueSoonOnTheirChildrenOnly()
    {
        var today = factory.Data.Today;
        var team = await factory.Data.CreateTeamAsync();
        var (client, account, worker) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);
        var colleague = await factory.Data.CreateWorkerAsync(team);
        var zoe = await factory.Data.CreateChildAsync("Zoe", "Adams", configure: c =>
        {
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today.AddMonths(-4), today.AddDays(-3), today.AddMonths(-4), factory.Data.Change());
            c.AddWarning(WarningType.DrugUse, "Drugs", today.AddMonths(-1), today, today.AddMonths(-1), factory.Data.Change());
        });
        var ben = await factory.Data.CreateChildAsync("Ben", "Young", configure: c =>
        {
            c.AddWarning(WarningType.ViolentOrAggressivePerson, "Knife", today.AddMonths(-1), today.AddDays(2), today.AddMonths(-1), factory.Data.Change());
            c.AddWarning(WarningType.Other, "Later", today, today.AddMonths(2), today, factory.Data.Change());
        });
        var hidden = await factory.Data.CreateChildAsync("Hal", "Hidden", configure: c =>
        {
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today.AddMonths(-4), today.AddDays(-3), today.AddMonths(-4), factory.Data.Change());
            c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change());
        });
        var notMine = await factory.Data.CreateChildAsync("Not", "Mine", configure: c =>
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today.AddMonths(-4), today.AddDays(-3), today.AddMonths(-4), factory.Data.Change()));
        await factory.Data.AllocateAsync(zoe, worker, team);
        await factory.Data.AllocateAsync(ben, worker, team);
        await factory.Data.AllocateAsync(hidden, worker, team);
        await factory.Data.AllocateAsync(notMine, colleague, team);

        var page = await client.GetPageAsync("/my-work");

        var overdue = page.QuerySelectorAll("#overdue tbody tr").ToList();
        overdue.Count.ShouldBe(1);
        overdue[0].TextContent.ShouldContain("Zoe Adams");
        overdue[0].TextContent.ShouldContain("Review of a worker safety warning");
        overdue[0].TextContent.ShouldContain("Overdue: was due 30 October 2026");
        overdue[0].QuerySelector("td:nth-child(2) a")!.GetAttribute("href").ShouldBe($"/children/{zoe.Id}/warnings");
        overdue[0].QuerySelector("td a")!.GetAttribute("href").ShouldBe($"/children/{zoe.Id}/work");
        page.QuerySelectorAll("#due-today tbody tr").Single().TextContent.ShouldContain("Zoe Adams");
        var soon = page.QuerySelectorAll("#due-soon tbody tr").Single();
        soon.TextContent.ShouldContain("Ben Young");
        soon.TextContent.ShouldContain("Due 4 November 2026");
        page.Text("main").ShouldContain("1 more item is due later");
        page.Text("main").ShouldNotContain("Not Mine");
        page.Text("main").ShouldNotContain("Hal Hidden");
        page.Text(".govuk-inset-text").ShouldContain("Work on 1 more child is not shown");
        page.QuerySelector(".govuk-service-navigation__item--active")!.TextContent.Trim().ShouldBe("My work");
    }

    [Fact]
    public async Task Get_NothingDue_SaysSoInEachPart()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _, worker) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);
        await factory.Data.AllocateAsync(await factory.Data.CreateChildAsync(), worker, team);

        var page = await client.GetPageAsync("/my-work");

        page.QuerySelector("table").ShouldBeNull();
        page.Text("main").ShouldContain("Nothing is overdue.");
        page.Text("main").ShouldContain("Nothing is due today.");
        page.Text("main").ShouldContain("Nothing is due soon.");
    }

    [Fact]
    public async Task Get_NoLinkedWorker_SaysThereIsNoWorkList()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync("/my-work");

        page.Text("main").ShouldContain("You have no work list");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/my-work", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
