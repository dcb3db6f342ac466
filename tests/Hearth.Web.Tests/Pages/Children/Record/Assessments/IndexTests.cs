using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/assessments";

    [Fact]
    public async Task Get_AssessmentInProgress_ShowsItWithItsClockAndNoStartButton()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id));

        var row = page.QuerySelector($"#assessment-{assessment.Id}")!.TextContent;
        row.ShouldContain("1 September 2026");
        row.ShouldContain("In progress");
        row.ShouldContain("Due soon");
        row.ShouldContain("Due 3 November 2026: 1 working day left");
        page.QuerySelector($"a[href='{Url(child.Id)}/start']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_OverdueAssessment_ShowsOverdueAndItsReason()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(referral: AssessmentPages.LateReferral);
        var assessment = await factory.AddCompletedAssessmentAsync(episode, latenessReason: "Family moved to a refuge");

        var page = await client.GetPageAsync(Url(child.Id));

        var row = page.QuerySelector($"#assessment-{assessment.Id}")!.TextContent;
        row.ShouldContain("Overdue");
        row.ShouldContain("Reason for lateness: Family moved to a refuge");
    }

    [Fact]
    public async Task Get_OpenEpisodeWithoutAssessment_OffersToStartOne()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelector($"a[href='{Url(child.Id)}/start']").ShouldNotBeNull();
        page.Text("main").ShouldContain("There are no child and family assessments for this child.");
    }

    [Fact]
    public async Task Get_NoOpenEpisode_SaysToRecordAReferral()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text(".govuk-inset-text").ShouldContain("Record a referral");
        page.QuerySelector($"a[href='{Url(child.Id)}/start']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndIsLogged()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Url(child.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    [Fact]
    public async Task Get_ReadOnlyRole_SeesTheListWithoutTheStartButton()
    {
        var (_, _, child, episode) = await factory.SignInWithEpisodeAsync();
        await factory.AddAssessmentAsync(episode);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        page.QuerySelector($"a[href='{Url(child.Id)}/start']").ShouldBeNull();
    }
}
