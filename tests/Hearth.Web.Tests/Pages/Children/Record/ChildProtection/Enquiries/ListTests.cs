using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class ListTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task GetStrategyDiscussions_Discussion_ListsItWithItsAgenciesAndOutcome()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (discussion, _) = await factory.DiscussionAsync(child.Id, StrategyDiscussionOutcome.NoSection47Enquiry);

        var page = await client.GetPageAsync($"/children/{child.Id}/strategy-discussions");

        var row = page.QuerySelectorAll("tbody tr").ShouldHaveSingleItem().TextContent;
        row.ShouldContain("29 October 2026 at 14:00");
        row.ShouldContain("Local authority children's social care, Police, Health");
        row.ShouldContain("No section 47 enquiry");
        page.QuerySelector($"a[href='/children/{child.Id}/strategy-discussions/{discussion.Id}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task GetSection47Enquiries_Enquiry_ListsItWithItsConferenceClock()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        var page = await client.GetPageAsync($"/children/{child.Id}/section-47-enquiries");

        var row = page.QuerySelectorAll("tbody tr").ShouldHaveSingleItem().TextContent;
        row.ShouldContain("29 October 2026");
        row.ShouldContain("Not recorded");
        row.ShouldContain("Outstanding");
        row.ShouldContain("Due 19 November 2026");
        page.QuerySelector($"a[href='/children/{child.Id}/section-47-enquiries/{enquiry!.Id}']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("strategy-discussions")]
    [InlineData("section-47-enquiries")]
    public async Task Get_RestrictedRecordNotNamed_Returns403(string list)
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync($"/children/{child.Id}/{list}", HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("strategy-discussions")]
    [InlineData("section-47-enquiries")]
    public async Task Get_NotSignedIn_RedirectsToSignIn(string list)
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/children/{child.Id}/{list}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
