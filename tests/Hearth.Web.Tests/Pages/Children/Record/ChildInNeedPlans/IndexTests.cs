using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/child-in-need-plans";

    [Fact]
    public async Task Get_PlanNotFinalised_ShowsItAndNoStartButton()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id));

        var row = page.QuerySelector($"#plan-{plan.Id}")!.TextContent;
        row.ShouldContain("1 October 2026");
        row.ShouldContain("Not finalised");
        page.QuerySelector($"a[href='{Url(child.Id)}/start']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_OnlyEndedPlans_OffersANewOne()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, p =>
        {
            factory.Data.Finalise(p);
            p.End(factory.Data.Today, "Needs met", factory.Data.Today, factory.Data.Change());
        });

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector($"#plan-{plan.Id}")!.TextContent.ShouldContain("Needs met");
        page.QuerySelector($"a[href='{Url(child.Id)}/start']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Url(child.Id));

        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
