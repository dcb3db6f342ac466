using System.Net;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/child-protection";

    [Fact]
    public async Task Get_DecisionNotDiscussedInTime_ShowsItOverdueAndOffersTheDiscussion()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, decision) = await factory.DecisionAsync(child.Id, new DateTimeOffset(2026, 10, 29, 11, 15, 0, TimeSpan.Zero));

        var page = await client.GetPageAsync(Url(child.Id));

        var row = page.QuerySelector($"#decision-{decision.Id}")!.TextContent;
        row.ShouldContain("29 October 2026 at 11:15");
        row.ShouldContain("Sam Lee, team manager: Bruising reported by school");
        row.ShouldContain("Overdue");
        row.ShouldContain("Due 30 October 2026 at 11:15");
        page.QuerySelector($"a[href='/children/{child.Id}/strategy-discussions/new']").ShouldNotBeNull();
        page.QuerySelector($"a[href='/children/{child.Id}/child-protection/reasonable-cause']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_DiscussionAndEnquiry_ShowTheirClocks()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (discussion, enquiry) = await factory.DiscussionAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text($"#decision-{discussion.ReasonableCauseId}").ShouldContain("Met in time");
        var tables = page.QuerySelectorAll("table").Select(t => t.TextContent).ToList();
        tables[1].ShouldContain("Section 47 enquiry");
        tables[2].ShouldContain("29 October 2026");
        tables[2].ShouldContain("Outstanding");
        tables[2].ShouldContain("Due 19 November 2026");
        page.QuerySelector($"a[href='/children/{child.Id}/section-47-enquiries/{enquiry!.Id}']").ShouldNotBeNull();
        page.QuerySelector($"a[href='/children/{child.Id}/child-protection/reasonable-cause']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_FrontDoorDecidedAnImmediateStrategyDiscussion_RunsTheClockFromTheContactDecision()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (contact, _) = await factory.Data.ImmediateStrategyDiscussionAsync(factory.Database.CreateContext, child.Id, factory.HoursAgo(1));

        var page = await client.GetPageAsync(Url(child.Id));

        var row = page.Text($"#decision-{contact.Id}");
        row.ShouldContain("At the front door");
        row.ShouldContain("Disclosure of physical abuse");
        row.ShouldContain("Due 3 November 2026 at 09:00");
    }

    [Fact]
    public async Task Get_NoEpisode_SaysAReferralComesFirst()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text(".govuk-inset-text").ShouldContain("Record a referral before a strategy discussion");
        page.QuerySelector($"a[href='/children/{child.Id}/child-protection/reasonable-cause']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_ReadOnlyRole_SeesTheClocksButNoButtons()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.DecisionAsync(child.Id, factory.HoursAgo(2));
        var (client, _) = await factory.SignInAsNewUserAsync(Hearth.Domain.Workforce.Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("table").Length.ShouldBe(1);
        page.QuerySelector($"a[href='/children/{child.Id}/strategy-discussions/new']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_IsRefusedAndLogged()
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
}
