using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class EndTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(ChildProtectionPlan plan) => $"{ChildProtectionPlanPages.PlanUrl(plan)}/end";

    [Fact]
    public async Task Post_ChildMovedAway_EndsThePlanWithTheReason()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(
            Url(plan), new Dictionary<string, string> { ["Reason"] = "MovedToAnotherLocalAuthority", ["Note"] = "Moved to Bristol" }.Date("EndDate", new DateOnly(2026, 11, 1)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.PlanOfAsync(child.Id))!;
        saved.EndDate.ShouldBe(new DateOnly(2026, 11, 1));
        saved.EndReason.ShouldBe(ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority);
        saved.EndNote.ShouldBe("Moved to Bristol");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("The child moved to another local authority");
        change.Fields.ShouldContain(f => f.Field == "Status" && f.Before == "Open" && f.After == "Ended");
    }

    [Fact]
    public async Task Post_OtherWithoutANote_AsksWhy()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string> { ["Reason"] = "Other", ["Note"] = "" }.Date("EndDate", new DateOnly(2026, 11, 1)));

        var page = await response.ShouldShowPageAsync();
        page.Text("#Note-error").ShouldContain("Enter why the plan ended");
        page.IsChecked("input[name=Reason][value=Other]").ShouldBeTrue();
        (await factory.PlanOfAsync(child.Id))!.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_NoReason_AsksForOne()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string>().Date("EndDate", new DateOnly(2026, 11, 1)));

        (await response.ShouldShowPageAsync()).Text("#Reason-error").ShouldContain("Select why the plan ended");
        (await factory.PlanOfAsync(child.Id))!.IsOpen.ShouldBeTrue();
    }
}
