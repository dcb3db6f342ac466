using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

/// <summary>Every child protection plan page goes through the record's access check: who may look, who may change, and signing in.</summary>
public sealed class PlanPagesAccessTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    public static TheoryData<string> Pages() =>
    [
        "/child-protection-plans",
        "/child-protection-conferences/initial",
        "/child-protection-conferences/{conference}",
        "/child-protection-plans/{plan}",
        "/child-protection-plans/{plan}/actions/add",
        "/child-protection-plans/{plan}/actions/{action}/complete",
        "/child-protection-plans/{plan}/contingency-plan",
        "/child-protection-plans/{plan}/finalise",
        "/child-protection-plans/{plan}/core-groups/new",
        "/child-protection-plans/{plan}/review-conferences/new",
        "/child-protection-plans/{plan}/end",
    ];

    public static TheoryData<string> Forms() =>
    [
        "/child-protection-conferences/initial",
        "/child-protection-plans/{plan}/actions/add",
        "/child-protection-plans/{plan}/actions/{action}/complete",
        "/child-protection-plans/{plan}/contingency-plan",
        "/child-protection-plans/{plan}/finalise",
        "/child-protection-plans/{plan}/core-groups/new",
        "/child-protection-plans/{plan}/review-conferences/new",
        "/child-protection-plans/{plan}/end",
    ];

    private async Task<string> UrlAsync(Guid childId, string page)
    {
        var plan = await factory.AddPlanAsync(childId, p => p.AddAction("Parenting assessment", "Priya Shah", null, factory.Data.Today, factory.Data.Change()));
        return $"/children/{childId}" + page
            .Replace("{plan}", plan.Id.ToString(), StringComparison.Ordinal)
            .Replace("{conference}", plan.Conferences[0].Id.ToString(), StringComparison.Ordinal)
            .Replace("{action}", plan.Actions[0].Id.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_SocialWorkerOfTheTeam_ShowsThePage(string page)
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var url = await UrlAsync(child.Id, page);

        var document = await client.GetPageAsync(url);

        document.QuerySelector("h2.govuk-heading-l, h1").ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_RestrictedRecordNotNamed_Returns403(string page)
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var url = await UrlAsync(child.Id, page);

        await client.GetPageAsync(url, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_NotSignedIn_RedirectsToSignIn(string page)
    {
        var child = await factory.Data.CreateChildAsync();
        var url = await UrlAsync(child.Id, page);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged(string page)
    {
        var child = await factory.Data.CreateChildAsync();
        var url = await UrlAsync(child.Id, page);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);
        var before = (await factory.ChangesOfAsync(child.Id)).Count;

        using var response = await client.PostAsync(url, new Dictionary<string, string> { ["Contingency"] = "Legal planning meeting" }, tokenFrom: $"/children/{child.Id}/child-protection-plans");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ChangesOfAsync(child.Id)).Count.ShouldBe(before);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && url.EndsWith(v.Page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ReadOnlyRole_SeesThePlanWithoutWaysToChangeIt()
    {
        var child = await factory.Data.CreateChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync(ChildProtectionPlanPages.PlanUrl(plan));

        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain($"{ChildProtectionPlanPages.PlanUrl(plan)}/actions/add");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain($"{ChildProtectionPlanPages.PlanUrl(plan)}/end");
    }
}
