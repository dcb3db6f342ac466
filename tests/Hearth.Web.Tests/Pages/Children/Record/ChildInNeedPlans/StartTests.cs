using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class StartTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/child-in-need-plans/start";

    private static Dictionary<string, string> Fields(string day, string month = "10") => new()
    {
        ["StartDate.Day"] = day,
        ["StartDate.Month"] = month,
        ["StartDate.Year"] = "2026",
    };

    [Fact]
    public async Task Post_Valid_StartsThePlanAndShowsIt()
    {
        var (client, account, child, episode) = await factory.SignInWithEpisodeAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields("12"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = (await factory.PlansOfAsync(child.Id)).ShouldHaveSingleItem();
        plan.EpisodeId.ShouldBe(episode.Id);
        plan.StartDate.ShouldBe(new DateOnly(2026, 10, 12));
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/child-in-need-plans/{plan.Id}");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Fields.ShouldContain(f => f.Field == "Start date" && f.After == "2026-10-12");
        var shown = await client.GetPageAsync(response.Headers.Location.OriginalString);
        shown.Text(".govuk-notification-banner").ShouldContain("Child in need plan started");
    }

    [Fact]
    public async Task Post_InTheFuture_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields("20", "11"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#StartDate-error").ShouldContain("The start date cannot be in the future");
        page.InputValue("StartDate.Day").ShouldBe("20");
        (await factory.PlansOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_PlanAlreadyOpen_IsRefused()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        await factory.AddPlanAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields("12"));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("The child already has a child in need plan that has not ended");
        (await factory.PlansOfAsync(child.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        using var response = await client.PostAsync(Url(child.Id), Fields("12"), tokenFrom: $"/children/{child.Id}/child-in-need-plans");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.PlansOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/start", StringComparison.Ordinal));
    }
}
