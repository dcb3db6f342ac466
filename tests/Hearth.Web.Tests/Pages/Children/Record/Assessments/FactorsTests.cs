using System.Net;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class FactorsTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}/factors";

    [Fact]
    public async Task Get_ShowsEveryCensusFactorInGroups()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, assessment.Id));

        page.QuerySelectorAll("input[name=Factors]").Length.ShouldBe(44);
        var groups = page.QuerySelectorAll("fieldset h3").Select(h => h.TextContent.Trim()).ToList();
        groups.ShouldContain("Alcohol misuse");
        groups.ShouldContain("Abuse or neglect – ‘PHYSICAL ABUSE’");
        groups.Count(g => g.Contains("PHYSICAL ABUSE", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Post_SeveralFactors_SavesThemWithAChangeRecord()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);
        var fields = (await client.ReadFormAsync(Url(child.Id, assessment.Id))).With("Factors", "16A", "3A");

        using var response = await client.PostFormAsync(Url(child.Id, assessment.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.AssessmentAsync(assessment.Id)).Factors.Select(f => f.Code).ShouldBe(["3A", "16A"]);
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Assessment factors" && f.After == "3A, 16A");
    }

    [Fact]
    public async Task Post_NoFactorsIdentifiedWithAnother_ShowsTheRuleAndKeepsTheTicks()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);
        var fields = (await client.ReadFormAsync(Url(child.Id, assessment.Id))).With("Factors", "21", "2B");

        using var response = await client.PostFormAsync(Url(child.Id, assessment.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.Text("#Factors-error").ShouldContain("'No factors identified' cannot be selected with other factors");
        page.IsChecked("input[value='2B']").ShouldBeTrue();
        page.IsChecked("input[value='21']").ShouldBeTrue();
        (await factory.AssessmentAsync(assessment.Id)).Factors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NothingTicked_AsksForFactors()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);
        var fields = (await client.ReadFormAsync(Url(child.Id, assessment.Id))).With("Factors");

        using var response = await client.PostFormAsync(Url(child.Id, assessment.Id), fields);

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("Select the factors identified, or 'No factors identified'");
    }
}
