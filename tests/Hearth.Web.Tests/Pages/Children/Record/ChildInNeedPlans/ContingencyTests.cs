using System.Net;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class ContingencyTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}/contingency";

    [Fact]
    public async Task Post_Valid_RecordsTheContingencyWithBeforeAndAfter()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), new Dictionary<string, string> { ["ContingencyPlan"] = "Legal planning meeting if attendance drops" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanAsync(plan.Id)).ContingencyPlan.ShouldBe("Legal planning meeting if attendance drops");
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields
            .ShouldContain(f => f.Field == "Contingency plan" && f.Before == null && f.After == "Legal planning meeting if attendance drops");
    }

    [Fact]
    public async Task Post_Empty_AsksForIt()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), new Dictionary<string, string> { ["ContingencyPlan"] = "" });

        (await response.ShouldShowPageAsync()).Text("#ContingencyPlan-error").ShouldContain("Enter the contingency plan: what will happen if things do not improve");
        (await factory.PlanAsync(plan.Id)).ContingencyPlan.ShouldBeNull();
    }
}
