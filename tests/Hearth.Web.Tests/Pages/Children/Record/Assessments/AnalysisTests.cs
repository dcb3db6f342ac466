using System.Net;
using Hearth.Domain.Assessments;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class AnalysisTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}/analysis";

    [Fact]
    public async Task Post_AnalysisAndOutcome_SavesThemWithAChangeRecord()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string>
        {
            ["Analysis"] = "Neglect of the child's health needs",
            ["Outcome"] = "StrategyDiscussion",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.AssessmentAsync(assessment.Id);
        saved.Analysis.ShouldBe("Neglect of the child's health needs");
        saved.Outcome.ShouldBe(AssessmentOutcome.StrategyDiscussion);
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields
            .ShouldContain(f => f.Field == "Outcome" && f.Before == null && f.After == "Strategy discussion (possible section 47 enquiry)");
    }

    [Fact]
    public async Task Post_OtherWithoutSaying_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string>
        {
            ["Analysis"] = "Family needs housing support",
            ["Outcome"] = "Other",
            ["OutcomeDetail"] = "",
        });

        var page = await response.ShouldShowPageAsync();
        page.Text("#OutcomeDetail-error").ShouldContain("Enter what the other outcome is");
        page.ValueOf("textarea[name=Analysis]").ShouldBe("Family needs housing support");
        page.IsChecked("input[name=Outcome][value=Other]").ShouldBeTrue();
        (await factory.AssessmentAsync(assessment.Id)).Analysis.ShouldBeNull();
    }

    [Fact]
    public async Task Post_Empty_AsksForAnalysisAndOutcome()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string> { ["Analysis"] = "" });

        var errors = (await response.ShouldShowPageAsync()).ErrorSummary();
        errors.ShouldContain("Enter the analysis");
        errors.ShouldContain("Select the outcome of the assessment");
    }
}
