using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class AddActionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Domain.ChildProtection.ChildProtectionPlan plan) => $"{ChildProtectionPlanPages.PlanUrl(plan)}/actions/add";

    [Fact]
    public async Task Post_WhatWhoAndWhen_AddsTheActionWithAChangeRecord()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string> { ["What"] = "Parenting assessment", ["Who"] = "Priya Shah" }.Date("ByWhen", new DateOnly(2026, 12, 1)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(ChildProtectionPlanPages.PlanUrl(plan));
        var action = (await factory.PlanOfAsync(child.Id))!.Actions.ShouldHaveSingleItem();
        action.What.ShouldBe("Parenting assessment");
        action.Who.ShouldBe("Priya Shah");
        action.ByWhen.ShouldBe(new DateOnly(2026, 12, 1));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Fields.ShouldContain(f => f.Field == "Action" && f.Before == null && f.After == "Parenting assessment");
    }

    [Fact]
    public async Task Post_NothingToDo_AsksWhatAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string> { ["What"] = "", ["Who"] = "Mother" });

        var page = await response.ShouldShowPageAsync();
        page.Text("#What-error").ShouldContain("Enter what is to be done");
        page.InputValue("Who").ShouldBe("Mother");
        (await factory.PlanOfAsync(child.Id))!.Actions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_DateBeforeThePlan_ShowsTheRule()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string> { ["What"] = "Assessment" }.Date("ByWhen", new DateOnly(2026, 9, 30)));

        (await response.ShouldShowPageAsync()).Text("#ByWhen-error").ShouldContain("The date it is to be done by cannot be before the plan started, 1 October 2026");
    }

    [Fact]
    public async Task Post_PlanChangedSinceTheFormOpened_SaysSoAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);
        var fields = new Dictionary<string, string> { ["What"] = "Assessment", ["Version"] = plan.Version.ToString() };
        await using (var db = factory.Database.CreateContext())
        {
            var loaded = db.Set<Domain.ChildProtection.ChildProtectionPlan>().Single(p => p.Id == plan.Id);
            loaded.SetContingencyPlan("Legal planning meeting", factory.Data.Change().At(factory.Clock.GetUtcNow().AddMinutes(1)));
            await db.SaveChangesAsync();
        }

        using var response = await client.PostAsync(Url(plan), fields, tokenFrom: Url(plan));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this plan while you were editing it. Check the plan, then try again.");
        page.ValueOf("#What").ShouldBe("Assessment");
        page.Text("#changes-since").ShouldContain("Contingency plan set by Test data");
        (await factory.PlanOfAsync(child.Id))!.Actions.ShouldBeEmpty();
    }
}
