using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class AuthoriseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}/authorise";

    private static Dictionary<string, string> Fields() => new()
    {
        ["AuthorisedOn.Day"] = "2",
        ["AuthorisedOn.Month"] = "11",
        ["AuthorisedOn.Year"] = "2026",
    };

    [Fact]
    public async Task Post_Manager_AuthorisesThePlan()
    {
        var (client, account, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.PlanAsync(plan.Id);
        saved.AuthorisedOn.ShouldBe(new DateOnly(2026, 11, 2));
        saved.AuthorisedByName.ShouldBe(account.DisplayName);
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Authorised on" && f.After == "2026-11-02");
    }

    [Fact]
    public async Task Get_ManagerAndPlanNotFinalised_SaysSoWithoutAForm()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var plan = await factory.AddPlanAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.Text(".govuk-inset-text").ShouldContain("The plan must be finalised before a manager authorises it");
        page.QuerySelector("input[name='AuthorisedOn.Day']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_SocialWorker_SaysOnlyManagers()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.Text(".govuk-warning-text").ShouldContain("Only a team manager can authorise a child in need plan");
        page.QuerySelector("input[name='AuthorisedOn.Day']").ShouldBeNull();
    }

    [Fact]
    public async Task Post_SocialWorker_IsRefusedWith403()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.PostAsync(Url(child.Id, plan.Id), Fields(), tokenFrom: Url(child.Id, plan.Id));

        (await response.ShouldShowPageAsync(HttpStatusCode.Forbidden)).ErrorSummary().ShouldContain("Only a team manager can authorise a child in need plan");
        (await factory.PlanAsync(plan.Id)).AuthorisedOn.ShouldBeNull();
    }
}
