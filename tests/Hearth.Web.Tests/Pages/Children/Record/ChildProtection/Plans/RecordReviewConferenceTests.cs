using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class RecordReviewConferenceTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(ChildProtectionPlan plan) => $"{ChildProtectionPlanPages.PlanUrl(plan)}/review-conferences/new";

    private static Dictionary<string, string> Fields(string outcome, string category = "MUL") =>
        new Dictionary<string, string> { ["IsQuorate"] = "yes", ["Outcome"] = outcome, ["CategoryCode"] = category }.Date("HeldOn", new DateOnly(2026, 10, 30)).WithAttendees();

    [Fact]
    public async Task Get_Plan_OffersTheLatestCategory()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        var page = await client.GetPageAsync(Url(plan));

        page.IsChecked("input[name=CategoryCode][value=NEG]").ShouldBeTrue();
    }

    [Fact]
    public async Task Post_PlanContinues_RecordsTheReviewWithTheLatestCategory()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), Fields("continue"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.PlanOfAsync(child.Id))!;
        saved.IsOpen.ShouldBeTrue();
        saved.LatestCategory.ShouldBe(CategoryOfAbuse.Multiple);
        saved.Conferences.ShouldContain(c => c.Kind == ConferenceKind.Review && c.HeldOn == new DateOnly(2026, 10, 30) && c.Outcome == ConferenceOutcome.ContinuePlan);
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields
            .ShouldContain(f => f.Field == "Latest category of abuse" && f.Before == "Neglect" && f.After == "Multiple/not recommended");
        var page = await client.GetPageAsync(ChildProtectionPlanPages.PlanUrl(plan));
        page.Text("#clock-review").ShouldContain("30 April 2027");
    }

    [Fact]
    public async Task Post_PlanEnds_EndsThePlanOnTheConferenceDate()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), Fields("end", category: ""));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.PlanOfAsync(child.Id))!;
        saved.EndDate.ShouldBe(new DateOnly(2026, 10, 30));
        saved.EndReason.ShouldBe(ChildProtectionPlanEndReason.ReviewConference);
        (await factory.ChangesOfAsync(child.Id)).Select(c => c.Summary).ShouldContain("Child protection plan ended");
    }

    [Fact]
    public async Task Post_ContinueWithoutCategory_AsksForIt()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), Fields("continue", category: ""));

        var page = await response.ShouldShowPageAsync();
        page.Text("#CategoryCode-error").ShouldContain("Select the latest category of abuse");
        page.InputValue("Attendees[1].Name").ShouldBe("PC Jo Bloggs");
        (await factory.PlanOfAsync(child.Id))!.Conferences.ShouldHaveSingleItem();
    }
}
