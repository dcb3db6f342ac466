using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class CompleteActionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId, Guid actionId) => $"/children/{childId}/child-in-need-plans/{planId}/actions/{actionId}/complete";

    private static Dictionary<string, string> Fields(string day, string month = "10") => new()
    {
        ["CompletedOn.Day"] = day,
        ["CompletedOn.Month"] = month,
        ["CompletedOn.Year"] = "2026",
    };

    [Fact]
    public async Task Post_Valid_MarksTheActionDone()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id, plan.Actions[0].Id), Fields("28"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanAsync(plan.Id)).Actions[0].CompletedOn.ShouldBe(new DateOnly(2026, 10, 28));
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Completed on" && f.After == "2026-10-28");
    }

    [Fact]
    public async Task Post_BeforeThePlanStarted_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id, plan.Actions[0].Id), Fields("30", "9"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#CompletedOn-error").ShouldContain("The date the action was completed cannot be before the plan started, 1 October 2026");
        page.InputValue("CompletedOn.Month").ShouldBe("9");
        (await factory.PlanAsync(plan.Id)).Actions[0].CompletedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Get_UnknownAction_IsNotFound()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        await client.GetPageAsync(Url(child.Id, plan.Id, Guid.CreateVersion7()), HttpStatusCode.NotFound);
    }
}
