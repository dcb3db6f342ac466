using System.Net;
using Hearth.Domain.Assessments;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

/// <summary>Every assessment page refuses people who may not see or change the child's record, and logs the attempt.</summary>
public sealed class AssessmentPageAccessTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("/child-seen")]
    [InlineData("/factors")]
    [InlineData("/analysis")]
    [InlineData("/complete")]
    [InlineData("/authorise")]
    [InlineData("/return")]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndIsLogged(string page)
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var assessment = await factory.AddAssessmentAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral));

        await client.GetPageAsync($"/children/{child.Id}/assessments/{assessment.Id}{page}", HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Theory]
    [InlineData("/factors")]
    [InlineData("/analysis")]
    [InlineData("/complete")]
    [InlineData("/authorise")]
    [InlineData("/return")]
    public async Task Post_ReadOnlyRole_IsRefusedLoggedAndChangesNothing(string page)
    {
        var child = await factory.Data.CreateChildAsync();
        var assessment = await factory.AddAssessmentAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(
            $"/children/{child.Id}/assessments/{assessment.Id}{page}",
            new Dictionary<string, string> { ["Factors"] = "1A", ["Analysis"] = "Text", ["Outcome"] = "EarlyHelp", ["Note"] = "Note" },
            tokenFrom: $"/children/{child.Id}/assessments");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var saved = await factory.AssessmentAsync(assessment.Id);
        saved.Version.ShouldBe(assessment.Version);
        saved.Status.ShouldBe(AssessmentStatus.InProgress);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith(page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        var assessment = await factory.AddAssessmentAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/children/{child.Id}/assessments/{assessment.Id}/factors");

        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
