using System.Net;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_FrontDoorSocialWorker_ListsUndecidedContactsLeastTimeLeftFirstWithTheChainsFirstReceipt()
    {
        var family = UniqueFamilyName();
        var overdueChild = await factory.Data.CreateChildAsync("Olly", family);
        var todayChild = await factory.Data.CreateChildAsync("Tess", family);
        var soonChild = await factory.Data.CreateChildAsync("Sami", family);
        var decidedChild = await factory.Data.CreateChildAsync("Dani", family);
        // Fake now is Monday 2 November 2026 10:00: received Friday 09:00 was due Monday 09:00.
        await factory.RecordContactAsync(At(10, 30, 9), [overdueChild]);
        await factory.RecordContactAsync(At(11, 2, 9, 45), [soonChild]);
        var linked = await factory.RecordContactAsync(At(11, 2, 9, 30), [overdueChild]);
        await factory.RecordContactAsync(At(10, 30, 11), [todayChild], domesticAbuse: true);
        await factory.RecordContactAsync(At(10, 29, 9), [decidedChild],
            then: c => c.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "No concerns", new(Guid.CreateVersion7(), "Test data", At(10, 29, 10))));
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync("/front-door");

        var rows = page.QuerySelectorAll("#queue tbody tr").Where(r => r.TextContent.Contains(family, StringComparison.Ordinal)).ToList();
        rows.Select(r => r.QuerySelectorAll("td")[4].TextContent.Trim().Split(' ')[0]).ShouldBe(["Olly", "Olly", "Tess", "Sami"]);
        rows.Select(r => r.QuerySelector("td:last-child .govuk-tag")!.TextContent.Trim()).ShouldBe(["Overdue", "Overdue", "Due today", "Due soon"]);
        rows[0].QuerySelector("td:last-child .govuk-tag")!.ClassList.ShouldContain("govuk-tag--red");
        var linkedRow = rows.Single(r => r.QuerySelector($"a[href='/front-door/contacts/{linked.Id}']") is not null);
        linkedRow.QuerySelectorAll("td")[1].TextContent.ShouldContain("Linked: first received 30 October 2026 at 09:00");
        linkedRow.QuerySelectorAll("td")[2].TextContent.Trim().ShouldBe("3 days 1 hour");
        rows[2].TextContent.ShouldContain("Police domestic abuse notification");
        rows[0].QuerySelector($"a[href='/children/{overdueChild.Id}']").ShouldNotBeNull();
        page.QuerySelector("a[href='/front-door/contacts/new']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_ContactWithChecks_ShowsTheOutstandingChecksAndTheAcknowledgementClock()
    {
        var child = await factory.Data.CreateChildAsync("Cara", UniqueFamilyName());
        var by = new Hearth.Domain.Audit.ChangeContext(Guid.CreateVersion7(), "Test data", At(11, 2, 9, 30));
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], then: c =>
        {
            c.RequestCheck(CheckAgency.Police, null, At(11, 2, 9, 10), by);
            var health = c.RequestCheck(CheckAgency.Health, null, At(11, 2, 9, 10), by);
            c.RequestCheck(CheckAgency.Other, "Women's Aid", At(11, 2, 9, 10), by);
            c.RecordCheckReturn(health.Id, At(11, 2, 9, 20), "Not known", by);
        });
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync("/front-door");

        var cells = page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}']")!.Closest("tr")!.QuerySelectorAll("td");
        cells[5].TextContent.ShouldContain("2 outstanding");
        cells[5].TextContent.ShouldContain("Police, Women's Aid");
        cells[6].TextContent.ShouldContain("Due soon");
        cells[6].TextContent.ShouldContain("Due 3 November 2026 at 09:00");
    }

    [Fact]
    public async Task Get_DomesticAbuseNotificationClosedWhileInformationIsGathered_StaysOnTheQueueButAnotherClosedContactLeaves()
    {
        var child = await factory.Data.CreateChildAsync("Dara", UniqueFamilyName());
        var by = new Hearth.Domain.Audit.ChangeContext(Guid.CreateVersion7(), "Test data", At(11, 2, 9, 30));
        var notification = await factory.RecordContactAsync(At(11, 2, 9), [child], domesticAbuse: true, then: c => c.ClosePendingInformation("Police risk assessment", by));
        var other = await factory.RecordContactAsync(At(11, 2, 9), [await factory.Data.CreateChildAsync()], then: c => c.ClosePendingInformation("School", by));
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync("/front-door");

        var row = page.QuerySelector($"a[href='/front-door/contacts/{notification.Id}']")!.Closest("tr")!;
        row.TextContent.ShouldContain("Closed while information is gathered: still needs a decision");
        page.QuerySelector($"a[href='/front-door/contacts/{other.Id}']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_ChainReceivedFridayAfterHoursClosedAndReopened_ShowsItsTrueWaitAndTheClockFromMondayMorning()
    {
        var child = await factory.Data.CreateChildAsync("Rory", UniqueFamilyName());
        var contact = await factory.RecordContactAsync(At(10, 30, 18, 30), [child], then: c =>
        {
            c.ClosePendingInformation("Waiting for the police log", new(Guid.CreateVersion7(), "Test data", At(10, 30, 19)));
            c.Reopen(new(Guid.CreateVersion7(), "Test data", At(11, 2, 9, 30)));
        });
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync("/front-door");

        // Received Friday 18:30, after hours: the working day starts Monday 09:00, so the decision is due Tuesday 09:00.
        var cells = page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}']")!.Closest("tr")!.QuerySelectorAll("td");
        cells[2].TextContent.Trim().ShouldBe("2 days 15 hours");
        cells[7].TextContent.ShouldContain("3 November 2026 at 09:00");
    }

    [Fact]
    public async Task Get_ContactAboutARestrictedChild_IsHiddenFromSomeoneNotNamed()
    {
        var restricted = await factory.Data.CreateChildAsync("Rae", "Hidden", configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [restricted]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync("/front-door");

        page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_SeniorLeader_SeesTheQueueButCannotRecord()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await client.GetPageAsync("/front-door");

        page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}']").ShouldNotBeNull();
        page.QuerySelector("a[href='/front-door/contacts/new']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_SocialWorkerOutsideTheFrontDoor_IsRefused()
    {
        var team = await factory.Data.CreateTeamAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);

        var page = await client.GetPageAsync("/front-door", HttpStatusCode.Forbidden);

        page.Text("h1").ShouldBe("You cannot see the front door");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri("/front-door", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
