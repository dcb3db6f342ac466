using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Warnings;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_ActiveOverdueAndEndedWarnings_ShowsActiveFirstWithOverdueTagAndEndedInDetails()
    {
        var today = factory.Data.Today;
        var context = factory.Data.Change();
        var child = await factory.Data.CreateChildAsync(configure: c =>
        {
            c.AddWarning(WarningType.DogOrAnimal, "Large dog kept in the kitchen", today.AddMonths(-6), today.AddDays(-3), today.AddMonths(-6), context);
            c.AddWarning(WarningType.DrugUse, "Needles found in the hallway", today.AddDays(-10), today.AddMonths(2), today, context);
            var ended = c.AddWarning(WarningType.Other, "Father threatened staff", today.AddYears(-1), today.AddMonths(1), today.AddYears(-1), context);
            c.EndWarning(ended.Id, today.AddDays(-20), "Father moved out", today, context);
        });
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync($"/children/{child.Id}/warnings");

        var cards = page.QuerySelectorAll("main > .govuk-summary-card").ToList();
        cards.Count.ShouldBe(2);
        cards[0].TextContent.ShouldContain("Dog or other animal");
        cards[0].TextContent.ShouldContain("Large dog kept in the kitchen");
        cards[0].QuerySelector(".govuk-tag--red")!.TextContent.Trim().ShouldBe("Review overdue");
        cards[1].TextContent.ShouldContain("Needles found in the hallway");
        cards[1].QuerySelector(".govuk-tag--red").ShouldBeNull();
        var details = page.QuerySelector("details.govuk-details")!;
        details.QuerySelector("summary")!.TextContent.ShouldContain("Show ended warnings (1)");
        details.TextContent.ShouldContain("Father threatened staff");
        details.TextContent.ShouldContain("Father moved out");
        page.QuerySelector($"a[href='/children/{child.Id}/warnings/add']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_ReviewedWarning_ShowsReviewHistory()
    {
        var today = factory.Data.Today;
        var context = factory.Data.Change();
        var child = await factory.Data.CreateChildAsync(configure: c =>
        {
            var warning = c.AddWarning(WarningType.LoneWorkingNotAdvised, "Visit in pairs", today.AddMonths(-3), today, today.AddMonths(-3), context);
            c.ReviewWarning(warning.Id, today.AddDays(-1), WarningReviewOutcome.Continue, new DateOnly(2027, 2, 1), "Risk remains", today, context);
        });
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync($"/children/{child.Id}/warnings");

        var review = page.QuerySelector(".govuk-summary-card table tbody tr")!;
        review.TextContent.ShouldContain("1 November 2026");
        review.TextContent.ShouldContain("Continues, next review by 1 February 2027");
        review.TextContent.ShouldContain("Risk remains");
    }

    [Fact]
    public async Task Get_ReadOnlyRole_ShowsNoAddReviewOrEndLinks()
    {
        var today = factory.Data.Today;
        var child = await factory.Data.CreateChildAsync(configure: c =>
            c.AddWarning(WarningType.DogOrAnimal, "Dog", today, today.AddMonths(1), today, factory.Data.Change()));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync($"/children/{child.Id}/warnings");

        page.QuerySelector(".govuk-summary-card").ShouldNotBeNull();
        page.QuerySelector("a[href$='/warnings/add']").ShouldBeNull();
        page.QuerySelector("a[href$='/review']").ShouldBeNull();
        page.QuerySelector("a[href$='/end']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_ChildAllocatedToAnotherTeam_IsRefusedAndLogged()
    {
        var otherTeam = await factory.Data.CreateTeamAsync("Children in care");
        var otherWorker = await factory.Data.CreateWorkerAsync(otherTeam);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, otherWorker, otherTeam);
        var team = await factory.Data.CreateTeamAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        await client.GetPageAsync($"/children/{child.Id}/warnings", HttpStatusCode.Forbidden);

        var views = await factory.ViewsOfAsync(child.Id, account.Id);
        views.ShouldHaveSingleItem().Allowed.ShouldBeFalse();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync(configure: c => c.Restrict("Child of a member of staff", [Guid.CreateVersion7()], factory.Data.Change()));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync($"/children/{child.Id}/warnings", HttpStatusCode.Forbidden);

        page.Text("h1").ShouldBe("You do not have access to this record");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/children/{child.Id}/warnings", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
