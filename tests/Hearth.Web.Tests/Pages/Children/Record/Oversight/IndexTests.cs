using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Oversight;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/oversight";

    [Fact]
    public async Task Get_TeamManager_ListsOversightNewestFirstAndOffersToRecord()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        await factory.Data.AllocateAsync(child, worker, team);
        await factory.Data.RecordOversightAsync(factory.Database, child.Id, new DateOnly(2026, 9, 1));
        await factory.Data.RecordOversightAsync(factory.Database, child.Id, new DateOnly(2026, 10, 1), new OversightActionInput("Visit", worker.Id, new DateOnly(2026, 10, 8)));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.TeamManager, team);

        var page = await client.GetPageAsync(Url(child.Id));

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("1 October 2026");
        rows[0].ShouldContain("1 of 1 open");
        rows[1].ShouldContain("1 September 2026");
        rows[1].ShouldContain("None");
        page.QuerySelector($"a[href='{Url(child.Id)}/new']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_SocialWorker_ReadsButIsNotOfferedToRecord()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.RecordOversightAsync(factory.Database, child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        page.QuerySelector($"a[href='{Url(child.Id)}/new']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndIsLogged()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }
}
