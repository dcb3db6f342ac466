using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class ViewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}";

    [Fact]
    public async Task Get_InProgress_ShowsWhatIsRecordedWithChangeLinksAndComplete()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode, factory.Data.ReadyToComplete);

        var page = await client.GetPageAsync(Url(child.Id, assessment.Id));

        var summary = page.Text(".govuk-summary-list");
        summary.ShouldContain("3B: Domestic violence");
        summary.ShouldContain("Mother's low mood and the violence at home affect the child");
        summary.ShouldContain("Child in need plan");
        summary.ShouldContain("Due 3 November 2026");
        page.QuerySelector($"a[href='{Url(child.Id, assessment.Id)}/factors']").ShouldNotBeNull();
        page.QuerySelector($"a[href='{Url(child.Id, assessment.Id)}/complete']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_AwaitingAuthorisationAsWorker_HidesAuthoriseAndChangeLinks()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, assessment.Id));

        page.QuerySelector($"a[href='{Url(child.Id, assessment.Id)}/authorise']").ShouldBeNull();
        page.QuerySelector($"a[href='{Url(child.Id, assessment.Id)}/factors']").ShouldBeNull();
        page.Text(".govuk-inset-text").ShouldContain("awaiting authorisation by a team manager");
    }

    [Fact]
    public async Task Get_AwaitingAuthorisationAsManager_OffersAuthoriseAndReturn()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync(Role.TeamManager);
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, assessment.Id));

        page.QuerySelector($"a[href='{Url(child.Id, assessment.Id)}/authorise']").ShouldNotBeNull();
        page.QuerySelector($"a[href='{Url(child.Id, assessment.Id)}/return']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_AssessmentOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithEpisodeAsync();
        var other = await factory.Data.CreateChildAsync();
        var assessment = await factory.AddAssessmentAsync(await factory.AddEpisodeAsync(other.Id, AssessmentPages.Referral));

        await client.GetPageAsync(Url(child.Id, assessment.Id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var assessment = await factory.AddAssessmentAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral));

        await client.GetPageAsync(Url(child.Id, assessment.Id), HttpStatusCode.Forbidden);
    }
}
