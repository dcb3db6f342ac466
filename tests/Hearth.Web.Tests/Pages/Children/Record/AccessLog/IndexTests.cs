using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.AccessLog;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private async Task LogAsync(params RecordView[] views)
    {
        await using var db = factory.Database.CreateContext();
        db.RecordViews.AddRange(views);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_TeamManager_ShowsViewsNewestFirstWithRefusedTagged()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (alex, sam) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var now = factory.Clock.GetUtcNow();
        await LogAsync(
            new RecordView(child.Id, alex, "Alex Viewer", $"/children/{child.Id}/family", now.AddHours(-3), true),
            new RecordView(child.Id, sam, "Sam Outsider", $"/children/{child.Id}", now.AddHours(-2), false),
            new RecordView(child.Id, alex, "Alex Viewer", $"/children/{child.Id}", now.AddDays(-30), true));
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team, "Mo", "Manager");

        var page = await client.GetPageAsync($"/children/{child.Id}/access-log");

        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldBe(["2 November 2026, 10:00am", account.DisplayName, "Access log", "Viewed"]);
        rows[1].ShouldBe(["2 November 2026, 8:00am", "Sam Outsider", "Details", "Refused"]);
        rows[2].ShouldBe(["2 November 2026, 7:00am", "Alex Viewer", "Family and network", "Viewed"]);
        page.QuerySelector("table tbody tr .govuk-tag--red").ShouldNotBeNull();
        page.QuerySelector($"a[href='/children/{child.Id}/access-log']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_FilteredByPersonAndDates_ShowsOnlyTheirViewsInThePeriod()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (alex, sam) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var now = factory.Clock.GetUtcNow();
        await LogAsync(
            new RecordView(child.Id, alex, "Alex Viewer", $"/children/{child.Id}/warnings", now.AddDays(-30), true),
            new RecordView(child.Id, alex, "Alex Viewer", $"/children/{child.Id}", now.AddDays(-1), true),
            new RecordView(child.Id, sam, "Sam Outsider", $"/children/{child.Id}", now.AddDays(-30), true));
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        var page = await client.GetPageAsync($"/children/{child.Id}/access-log?Person={alex}&From.Day=1&From.Month=10&From.Year=2026&To.Day=31&To.Month=10&To.Year=2026");

        var row = page.QuerySelectorAll("table tbody tr").ShouldHaveSingleItem();
        row.TextContent.ShouldContain("Alex Viewer");
        row.TextContent.ShouldContain("Warnings");
        page.QuerySelector($"option[value='{alex}']")!.HasAttribute("selected").ShouldBeTrue();
    }

    [Fact]
    public async Task Get_SocialWorker_IsRefused()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync($"/children/{child.Id}/access-log", HttpStatusCode.Forbidden);

        page.Text("main").ShouldContain("Only team managers, senior leaders, quality assurance officers and administrators");
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldHaveSingleItem().Allowed.ShouldBeFalse();
        (await client.GetPageAsync($"/children/{child.Id}")).QuerySelector($"a[href='/children/{child.Id}/access-log']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync(configure: c => c.Restrict("High-profile case", [Guid.CreateVersion7()], factory.Data.Change()));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        await client.GetPageAsync($"/children/{child.Id}/access-log", HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldHaveSingleItem().Allowed.ShouldBeFalse();
    }
}
