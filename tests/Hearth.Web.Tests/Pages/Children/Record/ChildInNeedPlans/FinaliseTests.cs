using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class FinaliseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}/finalise";

    private static Dictionary<string, string> Fields() => new()
    {
        ["FinalisedOn.Day"] = "2",
        ["FinalisedOn.Month"] = "11",
        ["FinalisedOn.Year"] = "2026",
    };

    [Fact]
    public async Task Get_NoActions_SaysWhatIsMissing()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.Text(".govuk-warning-text").ShouldContain("Add at least one action with who will do it and by when before finalising the plan");
    }

    [Fact]
    public async Task Post_NoContingency_IsRefusedAndNotFinalised()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, p => p.AddAction("Attend school every day", "Mother", new DateOnly(2026, 12, 1), factory.Data.Change()));

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields());

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("Record the contingency plan before finalising the plan");
        (await factory.PlanAsync(plan.Id)).FinalisedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Post_ActionAndContingency_FinalisesThePlan()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, p =>
        {
            p.AddAction("Attend school every day", "Mother", new DateOnly(2026, 12, 1), factory.Data.Change());
            p.RecordContingency("Strategy discussion", factory.Data.Change());
        });

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanAsync(plan.Id)).FinalisedOn.ShouldBe(new DateOnly(2026, 11, 2));
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Summary.ShouldBe("Child in need plan finalised");
    }

    [Fact]
    public async Task Get_AlreadyFinalised_HasNoForm()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.QuerySelector("input[name='FinalisedOn.Day']").ShouldBeNull();
        page.Text(".govuk-warning-text").ShouldContain("This plan has already been finalised");
    }
}
