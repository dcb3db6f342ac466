using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class EndTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}/end";

    private static Dictionary<string, string> Fields(string reason, string day = "2") => new()
    {
        ["EndDate.Day"] = day,
        ["EndDate.Month"] = "11",
        ["EndDate.Year"] = "2026",
        ["Reason"] = reason,
    };

    [Fact]
    public async Task Post_Valid_EndsThePlanWithTheReason()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields("Family moved to Bristol"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.PlanAsync(plan.Id);
        saved.EndDate.ShouldBe(new DateOnly(2026, 11, 2));
        saved.EndReason.ShouldBe("Family moved to Bristol");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Reason.ShouldBe("Family moved to Bristol");
        change.Fields.ShouldContain(f => f.Field == "End date" && f.Before == null && f.After == "2026-11-02");
    }

    [Fact]
    public async Task Post_NoReason_AsksForItAndKeepsTheDate()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields("", "1"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#Reason-error").ShouldContain("Enter the reason the plan is ending");
        page.InputValue("EndDate.Day").ShouldBe("1");
        (await factory.PlanAsync(plan.Id)).IsEnded.ShouldBeFalse();
    }
}
