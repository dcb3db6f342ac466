using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Visits;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/visits";

    [Fact]
    public async Task Get_Visits_ListsThemNewestFirstWithSeenTags()
    {
        var (client, _, child, team) = await factory.SignInWithAllocatedChildAsync();
        var visitor = await factory.Data.CreateWorkerAsync(team, givenName: "Ama", familyName: "Owusu");
        await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.ChildInNeed, new DateOnly(2026, 10, 1), visitorWorkerId: visitor.Id);
        await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.ChildProtection, new DateOnly(2026, 10, 20), childSeen: false, childSeenAlone: false);
        await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.Assessment, new DateOnly(2026, 10, 10), childSeenAlone: false);

        var page = await client.GetPageAsync(Url(child.Id));

        var rows = page.QuerySelectorAll("tbody tr").Select(r => string.Join(' ', r.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldContain("20 October 2026 Child protection visit Not recorded Not seen");
        rows[1].ShouldContain("10 October 2026 Assessment visit Not recorded Seen, not alone");
        rows[2].ShouldContain("1 October 2026 Child in need visit Ama Owusu Seen alone");
        page.QuerySelector($"a[href='{Url(child.Id)}/new']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_ReadOnlyRole_ListsButDoesNotOfferToRecord()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.RecordVisitAsync(factory.Database, child.Id);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

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

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();

        (await factory.SignInLocationAsync(Url(child.Id))).ShouldBe("/sign-in");
    }
}
