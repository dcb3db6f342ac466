using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Referrals;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/referrals";

    [Fact]
    public async Task Get_EpisodesOpenAndClosed_ListsThemNewestFirstWithTheReReferralTag()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.AddEpisodeAsync(child.Id, new DateOnly(2025, 3, 1), closedOn: new DateOnly(2025, 6, 30));
        await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 1, 10), closedOn: new DateOnly(2026, 4, 1));
        await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 20));

        var page = await client.GetPageAsync(Url(child.Id));

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldContain("20 October 2026");
        rows[0].ShouldContain("Re-referral within 12 months");
        rows[0].ShouldContain("Open");
        rows[0].ShouldContain("Family in acute stress");
        rows[1].ShouldContain("10 January 2026");
        rows[1].ShouldContain("1 April 2026: Services ceased for any other reason, including child no longer in need");
        rows[1].ShouldContain("Re-referral within 12 months");
        rows[2].ShouldContain("1 March 2025");
        rows[2].ShouldNotContain("Re-referral");
        page.QuerySelector($"a[href='{Url(child.Id)}/new']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_NoEpisodes_OffersToRecordAReferral()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.Body!.TextContent.ShouldContain("There are no referrals for this child.");
        page.QuerySelector($"a[href='{Url(child.Id)}/new']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Url(child.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
