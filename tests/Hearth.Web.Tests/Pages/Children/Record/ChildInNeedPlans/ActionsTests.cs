using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class ActionsTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}/actions";

    private static Dictionary<string, string> Fields(string what = "Register with a GP", string who = "Mother") => new()
    {
        ["What"] = what,
        ["Who"] = who,
        ["ByWhen.Day"] = "30",
        ["ByWhen.Month"] = "11",
        ["ByWhen.Year"] = "2026",
    };

    [Fact]
    public async Task Post_Valid_AddsTheActionWithAChangeRecord()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var action = (await factory.PlanAsync(plan.Id)).Actions.ShouldHaveSingleItem();
        action.What.ShouldBe("Register with a GP");
        action.Who.ShouldBe("Mother");
        action.ByWhen.ShouldBe(new DateOnly(2026, 11, 30));
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Who" && f.Before == null && f.After == "Mother");
    }

    [Fact]
    public async Task Post_NoOwner_AsksWhoAndKeepsInput()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields(who: ""));

        var page = await response.ShouldShowPageAsync();
        page.Text("#Who-error").ShouldContain("Enter who will do it");
        page.ValueOf("textarea[name=What]").ShouldBe("Register with a GP");
        page.InputValue("ByWhen.Day").ShouldBe("30");
        (await factory.PlanAsync(plan.Id)).Actions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var plan = await factory.AddPlanAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, plan.Id), Fields(), tokenFrom: $"/children/{child.Id}/child-in-need-plans");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.PlanAsync(plan.Id)).Actions.ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/actions", StringComparison.Ordinal));
    }
}
