using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class ContingencyPlanTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Post_ChangedContingency_SavesItWithBeforeAndAfter()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id, p => p.SetContingencyPlan("Family group conference", factory.Data.Change()));
        var url = $"{ChildProtectionPlanPages.PlanUrl(plan)}/contingency-plan";
        (await client.GetPageAsync(url)).ValueOf("#Contingency").ShouldBe("Family group conference");

        using var response = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Contingency"] = "Legal planning meeting" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanOfAsync(child.Id))!.ContingencyPlan.ShouldBe("Legal planning meeting");
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields
            .ShouldContain(f => f.Field == "Contingency plan" && f.Before == "Family group conference" && f.After == "Legal planning meeting");
    }

    [Fact]
    public async Task Post_Blank_AsksForIt()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync($"{ChildProtectionPlanPages.PlanUrl(plan)}/contingency-plan", new Dictionary<string, string> { ["Contingency"] = " " });

        (await response.ShouldShowPageAsync()).Text("#Contingency-error").ShouldContain("Enter the contingency plan: what happens if things do not improve");
        (await factory.PlanOfAsync(child.Id))!.ContingencyPlan.ShouldBeNull();
    }
}
