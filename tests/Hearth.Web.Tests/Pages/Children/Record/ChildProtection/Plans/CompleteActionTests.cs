using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class CompleteActionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private async Task<(HearthClient Client, Guid ChildId, string Url)> ArrangeAsync()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id, p => p.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 11, 30), factory.Data.Today, factory.Data.Change()));
        return (client, child.Id, $"{ChildProtectionPlanPages.PlanUrl(plan)}/actions/{plan.Actions[0].Id}/complete");
    }

    [Fact]
    public async Task Get_OpenAction_ShowsIt()
    {
        var (client, _, url) = await ArrangeAsync();

        var page = await client.GetPageAsync(url);

        page.Text(".govuk-inset-text").ShouldContain("Parenting assessment");
        page.InputValue("CompletedOn.Day").ShouldBe("2");
    }

    [Fact]
    public async Task Post_Today_CompletesTheAction()
    {
        var (client, childId, url) = await ArrangeAsync();

        using var response = await client.SubmitFormAsync(url, new Dictionary<string, string>().Date("CompletedOn", new DateOnly(2026, 11, 2)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanOfAsync(childId))!.Actions.ShouldHaveSingleItem().CompletedOn.ShouldBe(new DateOnly(2026, 11, 2));
        (await factory.ChangesOfAsync(childId)).ShouldHaveSingleItem().Summary.ShouldBe("Child protection plan action completed");
    }

    [Fact]
    public async Task Post_Tomorrow_ShowsTheRule()
    {
        var (client, childId, url) = await ArrangeAsync();

        using var response = await client.SubmitFormAsync(url, new Dictionary<string, string>().Date("CompletedOn", new DateOnly(2026, 11, 3)));

        (await response.ShouldShowPageAsync()).Text("#CompletedOn-error").ShouldContain("The date the action was completed cannot be in the future");
        (await factory.PlanOfAsync(childId))!.Actions.ShouldHaveSingleItem().IsCompleted.ShouldBeFalse();
    }
}
