using System.Net;
using Hearth.Domain.Assessments;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class StartTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/assessments/start";

    private static Dictionary<string, string> Fields(string day, string month = "10") => new()
    {
        ["StartDate.Day"] = day,
        ["StartDate.Month"] = month,
        ["StartDate.Year"] = "2026",
    };

    [Fact]
    public async Task Get_OpenEpisode_ShowsTheReferralDate()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text("main").ShouldContain("referred on 1 September 2026");
        page.InputValue("StartDate.Day").ShouldBe("2");
    }

    [Fact]
    public async Task Post_Valid_StartsTheAssessmentWithAChangeRecordAndShowsIt()
    {
        var (client, account, child, episode) = await factory.SignInWithEpisodeAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields("5"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.AssessmentsOfAsync(child.Id)).ShouldHaveSingleItem();
        saved.EpisodeId.ShouldBe(episode.Id);
        saved.StartDate.ShouldBe(new DateOnly(2026, 10, 5));
        saved.Status.ShouldBe(AssessmentStatus.InProgress);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/assessments/{saved.Id}");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Child and family assessment started");
        change.Fields.ShouldContain(f => f.Field == "Start date" && f.Before == null && f.After == "2026-10-05");
        var shown = await client.GetPageAsync(response.Headers.Location.OriginalString);
        shown.Text(".govuk-notification-banner").ShouldContain("Child and family assessment started");
    }

    [Fact]
    public async Task Post_BeforeTheReferral_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields("31", "8"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain("The start date cannot be before the referral date, 1 September 2026");
        page.Text("#StartDate-error").ShouldContain("The start date cannot be before the referral date");
        page.InputValue("StartDate.Day").ShouldBe("31");
        (await factory.AssessmentsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NoDate_AsksForIt()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string> { ["StartDate.Day"] = "", ["StartDate.Month"] = "", ["StartDate.Year"] = "" });

        (await response.ShouldShowPageAsync()).Text("#StartDate-error").ShouldContain("Enter the date the assessment started");
        (await factory.AssessmentsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_AssessmentAlreadyInProgress_IsRefused()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields("5"));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("There is already an assessment in progress in this episode");
        (await factory.AssessmentsOfAsync(child.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Get_NoOpenEpisode_SaysToRecordAReferral()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text(".govuk-inset-text").ShouldContain("no open child in need episode");
        page.QuerySelector("form[method=post] input[name='StartDate.Day']").ShouldBeNull();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id), Fields("5"), tokenFrom: $"/children/{child.Id}/assessments");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.AssessmentsOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/start", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Url(child.Id));

        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
