using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Assessments;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildInNeedPlans;

public sealed class ReviewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid planId) => $"/children/{childId}/child-in-need-plans/{planId}/review";

    private static Dictionary<string, string> Fields(string outcome, string notes = "Attendance 95%, mother engaging") => new()
    {
        ["ReviewedOn.Day"] = "2",
        ["ReviewedOn.Month"] = "11",
        ["ReviewedOn.Year"] = "2026",
        ["Notes"] = notes,
        ["Outcome"] = outcome,
    };

    [Fact]
    public async Task Post_Continue_RecordsTheReviewAndRestartsTheReviewClock()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields("Continue"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.PlanAsync(plan.Id);
        saved.Reviews.ShouldHaveSingleItem().Notes.ShouldBe("Attendance 95%, mother engaging");
        saved.IsEnded.ShouldBeFalse();
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Outcome" && f.After == "Plan continues");
        (await client.GetPageAsync(response.Headers.Location!.OriginalString)).Text(".govuk-summary-list").ShouldContain("Child in need plan review: Due 2 February 2027");
    }

    [Fact]
    public async Task Post_End_EndsThePlanOnTheReviewDate()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), Fields("End"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.PlanAsync(plan.Id)).EndDate.ShouldBe(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task Post_NoNotesOrOutcome_AsksForBothAndKeepsTheDate()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode, factory.Data.Finalise);

        using var response = await client.SubmitFormAsync(Url(child.Id, plan.Id), new Dictionary<string, string>(Fields("", "")) { ["ReviewedOn.Day"] = "30", ["ReviewedOn.Month"] = "10" });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain("Enter what the review found");
        page.ErrorSummary().ShouldContain("Select whether the plan continues or ends");
        page.InputValue("ReviewedOn.Day").ShouldBe("30");
        (await factory.PlanAsync(plan.Id)).Reviews.ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_NotFinalised_SaysSoWithoutAForm()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var plan = await factory.AddPlanAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, plan.Id));

        page.Text(".govuk-inset-text").ShouldContain("The plan must be finalised before it can be reviewed");
        page.QuerySelector("textarea[name=Notes]").ShouldBeNull();
    }
}
