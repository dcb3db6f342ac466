using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class FinaliseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_NoContingencyPlan_SaysWhatIsMissingAndOffersNoButton()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id, p => p.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 12, 1), factory.Data.Today, factory.Data.Change()));

        var page = await client.GetPageAsync($"{ChildProtectionPlanPages.PlanUrl(plan)}/finalise");

        page.Text(".govuk-warning-text").ShouldContain("The plan needs a contingency plan before it can be finalised");
        page.QuerySelectorAll("form button").Select(b => b.TextContent.Trim()).ShouldNotContain("Finalise the plan");
    }

    [Fact]
    public async Task Post_ActionWithoutAnOwner_IsRefused()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id, p =>
        {
            p.AddAction("Parenting assessment", null, new DateOnly(2026, 12, 1), factory.Data.Today, factory.Data.Change());
            p.SetContingencyPlan("Legal planning meeting", factory.Data.Change());
        });
        var url = $"{ChildProtectionPlanPages.PlanUrl(plan)}/finalise";

        using var response = await client.PostAsync(url, new Dictionary<string, string> { ["Version"] = plan.Version.ToString() }, tokenFrom: url);

        (await response.ShouldShowPageAsync()).ErrorSummary()
            .ShouldContain("The plan needs at least one action that says who will do it and by when before it can be finalised");
        (await factory.PlanOfAsync(child.Id))!.IsFinalised.ShouldBeFalse();
    }

    [Fact]
    public async Task Post_ActionWithOwnerAndDateAndContingency_FinalisesThePlan()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id, p =>
        {
            p.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 12, 1), factory.Data.Today, factory.Data.Change());
            p.SetContingencyPlan("Legal planning meeting", factory.Data.Change());
        });

        using var response = await client.SubmitFormAsync($"{ChildProtectionPlanPages.PlanUrl(plan)}/finalise", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanOfAsync(child.Id))!.FinalisedOn.ShouldBe(new DateOnly(2026, 11, 2));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Fields.ShouldContain(f => f.Field == "Finalised on" && f.Before == null && f.After == "2026-11-02");
        (await client.GetPageAsync(ChildProtectionPlanPages.PlanUrl(plan))).Text(".govuk-notification-banner").ShouldContain("Child protection plan finalised");
    }
}
