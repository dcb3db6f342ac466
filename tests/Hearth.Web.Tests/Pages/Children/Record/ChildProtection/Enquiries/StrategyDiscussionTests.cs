using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class StrategyDiscussionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid discussionId) => $"/children/{childId}/strategy-discussions/{discussionId}";

    [Fact]
    public async Task Get_Discussion_ShowsTheOneMultiAgencyRecordWithItsClockAndEnquiry()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (discussion, enquiry) = await factory.DiscussionAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id, discussion.Id));

        page.Text("h2.govuk-heading-l").ShouldBe("Strategy discussion on 29 October 2026 at 14:00");
        var summary = page.Text(".govuk-summary-list");
        summary.ShouldContain("Strategy meeting");
        summary.ShouldContain("Met in time");
        summary.ShouldContain("Unexplained bruising; joint enquiry with the police");
        page.QuerySelector($"a[href='/children/{child.Id}/section-47-enquiries/{enquiry!.Id}']").ShouldNotBeNull();
        page.QuerySelectorAll("#participants tbody tr").Select(r => r.TextContent).ShouldContain(r => r.Contains("DC Jo Bloggs") && r.Contains("Police"));
        page.QuerySelectorAll("#contributions tbody tr").Length.ShouldBe(3);
        page.QuerySelector(".govuk-warning-text").ShouldBeNull();
    }

    [Fact]
    public async Task Get_FurtherDiscussionDecided_OffersToRecordItOnlyToThoseWhoCanEdit()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (discussion, _) = await factory.DiscussionAsync(child.Id, StrategyDiscussionOutcome.FurtherStrategyDiscussion);
        var (readOnly, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync(Url(child.Id, discussion.Id));
        var readOnlyPage = await readOnly.GetPageAsync(Url(child.Id, discussion.Id));

        page.QuerySelector($"a[href='/children/{child.Id}/strategy-discussions/new?further={discussion.Id}']").ShouldNotBeNull();
        readOnlyPage.QuerySelector($"a[href='/children/{child.Id}/strategy-discussions/new?further={discussion.Id}']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_DiscussionOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var other = await factory.Data.CreateChildAsync();
        var (discussion, _) = await factory.DiscussionAsync(other.Id);

        await client.GetPageAsync(Url(child.Id, discussion.Id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var (discussion, _) = await factory.DiscussionAsync(child.Id);

        await client.GetPageAsync(Url(child.Id, discussion.Id), HttpStatusCode.Forbidden);
    }
}
