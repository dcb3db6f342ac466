using System.Net;
using Hearth.Domain.Assessments;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class CompleteTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}/complete";

    private static Dictionary<string, string> Fields(string lateness = "") => new()
    {
        ["CompletedOn.Day"] = "2",
        ["CompletedOn.Month"] = "11",
        ["CompletedOn.Year"] = "2026",
        ["LatenessReason"] = lateness,
    };

    [Fact]
    public async Task Post_InTime_SendsItForAuthorisation()
    {
        var (client, account, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode, factory.Data.ReadyToComplete);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.AssessmentAsync(assessment.Id);
        saved.Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
        saved.CompletedOn.ShouldBe(new DateOnly(2026, 11, 2));
        saved.CompletedByName.ShouldBe(account.DisplayName);
        (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Status" && f.Before == "In progress" && f.After == "Awaiting authorisation");
    }

    [Fact]
    public async Task Post_OverdueWithoutReason_AsksWhyAndSavesNothing()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(referral: AssessmentPages.LateReferral);
        var assessment = await factory.AddAssessmentAsync(episode, factory.Data.ReadyToComplete);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields());

        var page = await response.ShouldShowPageAsync();
        page.Text("#LatenessReason-error").ShouldContain("This assessment is late: it was due by 7 October 2026, 45 working days from the referral. Enter the reason it is late");
        page.Text(".govuk-summary-list").ShouldContain("Overdue");
        (await factory.AssessmentAsync(assessment.Id)).Status.ShouldBe(AssessmentStatus.InProgress);
    }

    [Fact]
    public async Task Post_OverdueWithReason_KeepsTheReason()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(referral: AssessmentPages.LateReferral);
        var assessment = await factory.AddAssessmentAsync(episode, factory.Data.ReadyToComplete);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields("Father would not engage until the court hearing"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.AssessmentAsync(assessment.Id)).LatenessReason.ShouldBe("Father would not engage until the court hearing");
    }

    [Fact]
    public async Task Post_NothingRecordedYet_SaysWhatIsMissing()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields());

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("Record when the child was seen before completing the assessment");
    }
}
