using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class Section47EnquiryTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid enquiryId) => $"/children/{childId}/section-47-enquiries/{enquiryId}";

    [Fact]
    public async Task Get_JustStarted_ShowsTheTargetAndOffersToRecordTheChildSeen()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (discussion, enquiry) = await factory.DiscussionAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id, enquiry!.Id));

        var summary = page.Text(".govuk-summary-list");
        summary.ShouldContain("Target 19 November 2026");
        summary.ShouldContain("Not recorded yet");
        summary.ShouldContain("Outstanding");
        page.QuerySelector($"a[href='/children/{child.Id}/strategy-discussions/{discussion.Id}']").ShouldNotBeNull();
        page.QuerySelector($"a[href='{Url(child.Id, enquiry.Id)}/child-seen']").ShouldNotBeNull();
        page.QuerySelector($"a[href='{Url(child.Id, enquiry.Id)}/outcome']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_EndedWithoutAConference_SaysNoneIsNeeded()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);
        await factory.Data.RecordEnquiryProgressAsync(factory.Database.CreateContext, enquiry!.Id, new DateOnly(2026, 10, 30), Section47Outcome.NoFurtherAction);

        var page = await client.GetPageAsync(Url(child.Id, enquiry.Id));

        var summary = page.Text(".govuk-summary-list");
        summary.ShouldContain("Not needed");
        summary.ShouldContain("Seen 30 October 2026, alone");
        summary.ShouldContain("No further action. Concerns not substantiated. Completed 30 October 2026.");
        page.QuerySelector($"a[href='{Url(child.Id, enquiry.Id)}/child-seen']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_EnquiryOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var other = await factory.Data.CreateChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(other.Id);

        await client.GetPageAsync(Url(child.Id, enquiry!.Id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        await client.GetPageAsync(Url(child.Id, enquiry!.Id), HttpStatusCode.Forbidden);
    }
}
