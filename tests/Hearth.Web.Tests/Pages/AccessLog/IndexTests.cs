using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.AccessLog;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private async Task LogAsync(params RecordView[] views)
    {
        await using var db = factory.Database.CreateContext();
        db.RecordViews.AddRange(views);
        await db.SaveChangesAsync();
    }

    private RecordView View(Child child, Guid userId, string name, bool allowed = true, int hoursAgo = 1) =>
        new(child.Id, userId, name, $"/children/{child.Id}", factory.Clock.GetUtcNow().AddHours(-hoursAgo), allowed);

    private static List<string> ChildColumn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();

    [Fact]
    public async Task Get_Administrator_SeesEveryEntryWithoutLinksAndTheRefusedCount()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var allocated = await factory.Data.CreateChildAsync("Ava", "Allocated");
        await factory.Data.AllocateAsync(allocated, worker, team);
        var restricted = await factory.Data.CreateChildAsync("Rae", "Restricted", configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));
        var snooper = Guid.CreateVersion7();
        await LogAsync(View(allocated, snooper, "Sid Snooper", allowed: false), View(restricted, snooper, "Sid Snooper", allowed: false, hoursAgo: 2));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.Administrator);

        var page = await client.GetPageAsync($"/access-log?Person={snooper}");

        ChildColumn(page).ShouldBe([$"{allocated.LaChildId.Value} Ava Allocated", $"{restricted.LaChildId.Value} Rae Restricted"]);
        page.QuerySelectorAll("table tbody a").ShouldBeEmpty();
        page.Text("#refused-count").ShouldStartWith("2 refused attempts");
        page.Text("#refused-count").ShouldContain("from 27 October 2026 to 2 November 2026");
    }

    [Fact]
    public async Task Get_TeamManager_SeesOnlyChildrenTheyCanSeeAndLinksThem()
    {
        var team = await factory.Data.CreateTeamAsync();
        var elsewhere = await factory.Data.CreateTeamAsync("Children in care");
        var theirs = await factory.Data.CreateChildAsync("Tia", "Theirs");
        await factory.Data.AllocateAsync(theirs, await factory.Data.CreateWorkerAsync(team), team);
        var other = await factory.Data.CreateChildAsync("Oli", "Other");
        await factory.Data.AllocateAsync(other, await factory.Data.CreateWorkerAsync(elsewhere), elsewhere);
        var restricted = await factory.Data.CreateChildAsync("Rae", "Restricted", configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));
        var viewer = Guid.CreateVersion7();
        await LogAsync(View(theirs, viewer, "Val Viewer"), View(other, viewer, "Val Viewer"), View(restricted, viewer, "Val Viewer", allowed: false));
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        var page = await client.GetPageAsync($"/access-log?Person={viewer}");

        ChildColumn(page).ShouldBe([$"{theirs.LaChildId.Value} : Tia Theirs"]);
        page.QuerySelector($"table tbody a[href='/children/{theirs.Id}']").ShouldNotBeNull();
        page.Text("#refused-count").ShouldStartWith("0 refused attempts");
    }

    [Fact]
    public async Task Get_RefusedOnlyAndChildFilters_NarrowTheEntries()
    {
        var first = await factory.Data.CreateChildAsync();
        var second = await factory.Data.CreateChildAsync();
        var viewer = Guid.CreateVersion7();
        await LogAsync(View(first, viewer, "Val Viewer"), View(first, viewer, "Val Viewer", allowed: false), View(second, viewer, "Val Viewer", allowed: false));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync($"/access-log?Person={viewer}&Child={first.LaChildId.Value}&RefusedOnly=true");

        var row = page.QuerySelectorAll("table tbody tr").ShouldHaveSingleItem();
        row.TextContent.ShouldContain("Refused");
        row.TextContent.ShouldContain(first.LaChildId.Value);
        page.QuerySelector("input[name=RefusedOnly]")!.HasAttribute("checked").ShouldBeTrue();
        page.InputValue("Child").ShouldBe(first.LaChildId.Value);
    }

    [Fact]
    public async Task Get_DatesOutsideTheDefaultWeek_AreOnlyShownWhenAsked()
    {
        var child = await factory.Data.CreateChildAsync();
        var viewer = Guid.CreateVersion7();
        await LogAsync(View(child, viewer, "Val Viewer", hoursAgo: 24 * 10));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var byDefault = await client.GetPageAsync($"/access-log?Person={viewer}");
        var asked = await client.GetPageAsync($"/access-log?Person={viewer}&From.Day=20&From.Month=10&From.Year=2026&To.Day=25&To.Month=10&To.Year=2026");

        byDefault.QuerySelectorAll("table tbody tr").ShouldBeEmpty();
        asked.QuerySelectorAll("table tbody tr").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Get_InvalidDates_ShowsErrorsAndKeepsInput()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var invalid = await client.GetPageAsync("/access-log?From.Day=31&From.Month=2&From.Year=2026");
        var backwards = await client.GetPageAsync("/access-log?From.Day=2&From.Month=11&From.Year=2026&To.Day=1&To.Month=11&To.Year=2026");

        invalid.ErrorSummary().ShouldBe(["Date from must be a real date"]);
        invalid.InputValue("From.Day").ShouldBe("31");
        invalid.QuerySelector("table").ShouldBeNull();
        backwards.ErrorSummary().ShouldBe(["Date from must be the same as or before date to"]);
    }

    [Fact]
    public async Task Get_MoreThanFiftyEntries_IsPaginated()
    {
        var child = await factory.Data.CreateChildAsync();
        var viewer = Guid.CreateVersion7();
        await LogAsync(Enumerable.Range(1, 60).Select(i => new RecordView(child.Id, viewer, "Val Viewer", $"/children/{child.Id}", factory.Clock.GetUtcNow().AddMinutes(-i), true)).ToArray());
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var first = await client.GetPageAsync($"/access-log?Person={viewer}");
        var second = await client.GetPageAsync($"/access-log?Person={viewer}&pageNumber=2");

        first.QuerySelectorAll("table tbody tr").Length.ShouldBe(50);
        first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href").ShouldBe($"/access-log?Person={viewer}&pageNumber=2");
        second.QuerySelectorAll("table tbody tr").Length.ShouldBe(10);
        second.Text("#log-count").ShouldBe("60 entries");
    }

    [Fact]
    public async Task Get_SocialWorker_IsForbidden()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync("/access-log", HttpStatusCode.Forbidden);

        page.Text("h1").ShouldBe("You cannot see the access log");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/access-log", UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
