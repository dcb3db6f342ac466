using System.Net;
using Hearth.Domain.Assessments;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class ReturnTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}/return";

    [Fact]
    public async Task Post_ManagerWithNote_ReturnsItToTheWorker()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string> { ["Note"] = "Add the health visitor's view" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.AssessmentAsync(assessment.Id);
        saved.Status.ShouldBe(AssessmentStatus.InProgress);
        saved.ReturnNote.ShouldBe("Add the health visitor's view");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Reason.ShouldBe("Add the health visitor's view");
        change.Fields.ShouldContain(f => f.Field == "Status" && f.Before == "Awaiting authorisation" && f.After == "In progress");
        (await client.GetPageAsync(response.Headers.Location!.OriginalString)).Text(".govuk-warning-text").ShouldContain("Add the health visitor's view");
    }

    [Fact]
    public async Task Post_ManagerWithoutNote_AsksForOne()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string> { ["Note"] = " " });

        (await response.ShouldShowPageAsync()).Text("#Note-error").ShouldContain("Enter what the worker needs to do");
        (await factory.AssessmentAsync(assessment.Id)).Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
    }

    [Fact]
    public async Task Post_SocialWorker_IsRefusedWith403()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        using var response = await client.PostAsync(Url(child.Id, assessment.Id), new Dictionary<string, string> { ["Note"] = "Sending it back myself" }, tokenFrom: Url(child.Id, assessment.Id));

        (await response.ShouldShowPageAsync(HttpStatusCode.Forbidden)).ErrorSummary().ShouldContain("Only a team manager can return an assessment");
        (await factory.AssessmentAsync(assessment.Id)).Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
    }
}
