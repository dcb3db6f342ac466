using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Work;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_ChildWithWork_ListsEverythingOpenIncludingLaterAndLogsTheView()
    {
        var today = factory.Data.Today;
        var team = await factory.Data.CreateTeamAsync();
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);
        var child = await factory.Data.CreateChildAsync(configure: c =>
        {
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today.AddMonths(-4), today.AddDays(-3), today.AddMonths(-4), factory.Data.Change());
            c.AddWarning(WarningType.Other, "Later", today, today.AddMonths(2), today, factory.Data.Change());
        });

        var page = await client.GetPageAsync($"/children/{child.Id}/work");

        page.QuerySelectorAll("#overdue tbody tr").Single().TextContent.ShouldContain("Dog");
        page.QuerySelectorAll("#later tbody tr").Single().TextContent.ShouldContain("Due 2 January 2027");
        page.QuerySelectorAll("#overdue thead th").Select(th => th.TextContent).ShouldBe(["What is due", "When"]);
        page.QuerySelector(".moj-sub-navigation__link[aria-current='page']")!.TextContent.Trim().ShouldBe("Work due");
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => v.Allowed && v.Page == $"/children/{child.Id}/work");
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_IsRefusedAndLogged()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);
        var child = await factory.Data.CreateChildAsync(configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));

        await client.GetPageAsync($"/children/{child.Id}/work", HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }
}
