using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class ViewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}";

    [Fact]
    public async Task Get_FinalisedPlan_ShowsActionsAndClocks()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);
        await factory.Data.CreateVisitAsync(factory.Database, child.Id, new DateOnly(2026, 10, 15), VisitKind.ChildInNeed);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        var summary = page.Text(".govuk-summary-list");
        summary.ShouldContain("Finalised 1 October 2026");
        summary.ShouldContain("Child in need plan review: Due 1 January 2027");
        summary.ShouldContain("Child in need visit: Due 12 November 2026");
        summary.ShouldContain("Strategy discussion if there is another incident of domestic abuse");
        var action = page.QuerySelector($"#action-{plan.Actions[0].Id}")!.TextContent;
        action.ShouldContain("Mother to attend the Freedom Programme");
        action.ShouldContain("Family support worker");
        action.ShouldContain("29 October 2026");
        action.ShouldContain("Overdue");
        page.QuerySelector($"a[href='{Url(child.Id, plan.Id)}/review']").ShouldNotBeNull();
        page.QuerySelector($"a[href='{Url(child.Id, plan.Id)}/authorise']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_NoVisitYet_ShowsTheVisitOverdue()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.Text(".govuk-summary-list").ShouldContain("Child in need visit: Was due 29 October 2026");
        page.QuerySelector($"a[href='{Url(child.Id, plan.Id)}/finalise']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_ManagerAndFinalisedPlan_OffersAuthorisation()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.QuerySelector($"a[href='{Url(child.Id, plan.Id)}/authorise']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_PlanOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();
        var other = await factory.Data.CreateChildAsync();
        var plan = await factory.AddPlanAsync(await factory.AddEpisodeAsync(other.Id, AssessmentPages.Referral));

        await client.GetPageAsync(Url(child.Id, plan.Id), HttpStatusCode.NotFound);
    }
}
