using System.Net;
using Hearth.Domain.Assessments;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class AuthoriseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}/authorise";

    private static Dictionary<string, string> Fields(string lateness = "") => new()
    {
        ["AuthorisedOn.Day"] = "2",
        ["AuthorisedOn.Month"] = "11",
        ["AuthorisedOn.Year"] = "2026",
        ["LatenessReason"] = lateness,
    };

    [Fact]
    public async Task Post_Manager_AuthorisesAndStopsTheClock()
    {
        var (client, account, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.AssessmentAsync(assessment.Id);
        saved.Status.ShouldBe(AssessmentStatus.Authorised);
        saved.AuthorisedOn.ShouldBe(new DateOnly(2026, 11, 2));
        saved.AuthorisedByName.ShouldBe(account.DisplayName);
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Assessment authorised");
        change.Fields.ShouldContain(f => f.Field == "Authorised on" && f.Before == null && f.After == "2026-11-02");
        var shown = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        shown.Text(".govuk-notification-banner").ShouldContain("Assessment authorised");
        shown.Text(".govuk-summary-list").ShouldContain("Done in time");
    }

    [Fact]
    public async Task Post_ManagerLateWithReasonGivenAtCompletion_AuthorisesKeepingIt()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager, AssessmentPages.LateReferral);
        var assessment = await factory.AddAssessmentAsync(episode, a =>
        {
            factory.Data.ReadyToComplete(a);
            a.Complete(factory.Data.Today, "Worker off sick", Hearth.Domain.Calendar.Timescales.Standard, factory.Data.Today, factory.Data.Change());
        });
        await using (var db = factory.Database.CreateContext())
        {
            var loaded = db.Set<ChildAndFamilyAssessment>().Single(a => a.Id == assessment.Id);
            loaded.Return(Role.TeamManager, "Redo the analysis", factory.Data.Change());
            factory.Data.ReadyToComplete(loaded);
            loaded.Complete(factory.Data.Today, null, Hearth.Domain.Calendar.Timescales.Standard, factory.Data.Today, factory.Data.Change());
            await db.SaveChangesAsync();
        }

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.AssessmentAsync(assessment.Id)).LatenessReason.ShouldBe("Worker off sick");
    }

    [Fact]
    public async Task Post_ManagerAuthorisingAfterTheDueDateWithoutReason_AsksWhyAndSavesNothing()
    {
        var (_, account, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var assessment = await factory.AddCompletedAssessmentAsync(episode);
        factory.Clock.Set(new DateTimeOffset(2026, 11, 4, 10, 0, 0, TimeSpan.Zero));
        try
        {
            using var client = await factory.SignInAsync(account);
            using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string>(Fields()) { ["AuthorisedOn.Day"] = "4" });

            var page = await response.ShouldShowPageAsync();
            page.Text("#LatenessReason-error").ShouldContain("This assessment is late: it was due by 3 November 2026");
            (await factory.AssessmentAsync(assessment.Id)).Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
        }
        finally
        {
            factory.Clock.Set(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task Post_FutureDate_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string>(Fields()) { ["AuthorisedOn.Day"] = "9" });

        var page = await response.ShouldShowPageAsync();
        page.Text("#AuthorisedOn-error").ShouldContain("The authorisation date cannot be in the future");
        page.InputValue("AuthorisedOn.Day").ShouldBe("9");
        (await factory.AssessmentAsync(assessment.Id)).Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
    }

    [Fact]
    public async Task Get_SocialWorker_SaysOnlyManagersAndHasNoForm()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, assessment.Id));

        page.Text(".govuk-warning-text").ShouldContain("Only a team manager can authorise an assessment");
        page.QuerySelector("input[name='AuthorisedOn.Day']").ShouldBeNull();
    }

    [Fact]
    public async Task Post_SocialWorker_IsRefusedWith403AndTheReason()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        using var response = await client.PostAsync(Url(child.Id, assessment.Id), Fields(), tokenFrom: Url(child.Id, assessment.Id));

        (await response.ShouldShowPageAsync(HttpStatusCode.Forbidden)).ErrorSummary().ShouldContain("Only a team manager can authorise an assessment");
        (await factory.AssessmentAsync(assessment.Id)).Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var (_, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddCompletedAssessmentAsync(episode);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, assessment.Id), Fields(), tokenFrom: $"/children/{child.Id}/assessments");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/authorise", StringComparison.Ordinal));
    }
}
