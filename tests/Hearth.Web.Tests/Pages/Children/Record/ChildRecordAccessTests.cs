using System.Net;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record;

/// <summary>The one access check that every page of a child's record goes through, seen from the Details page.</summary>
public sealed class ChildRecordAccessTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_ChildAllocatedToTheWorkersTeam_ShowsTheRecordAndLogsTheView()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync("Amara", "Okafor", nhsNumber: "9434765919",
            configure: c => c.AddWarning(WarningType.Create("ANIM"), "Large dog", factory.Data.Today, factory.Data.Today.AddMonths(1), factory.Data.Today, factory.Data.Change()));
        await factory.Data.AllocateAsync(child, worker, team);
        var account = await factory.Data.CreateUserAsync(Role.SocialWorker, worker);
        var client = await factory.SignInAsync(account);

        var page = await client.GetPageAsync($"/children/{child.Id}");

        var bar = page.QuerySelector(".moj-identity-bar")!.TextContent;
        bar.ShouldContain("Amara Okafor");
        bar.ShouldContain("14 May 2018 (8 years)");
        bar.ShouldContain(child.LaChildId.Value);
        bar.ShouldContain("Allocated");
        bar.ShouldContain($"{worker.GivenName} {worker.FamilyName} ({team.Name})");
        bar.ShouldContain("1 worker safety warning");
        page.QuerySelector(".govuk-summary-list")!.TextContent.ShouldContain("943 476 5919");
        page.QuerySelectorAll(".moj-sub-navigation__link").Select(l => l.TextContent.Trim())
            .ShouldBe(["Details", "Family and network", "Warnings", "Work due", "Chronology", "Referrals", "Assessments", "Strategy and section 47", "Child protection plans", "Child in need plans", "Visits", "Oversight", "Census issues", "Allocation", "Record history"]);
        await using var db = factory.Database.CreateContext();
        var view = await db.RecordViews.SingleAsync(v => v.ChildId == child.Id && v.UserId == account.Id);
        view.Allowed.ShouldBeTrue();
        view.Page.ShouldBe($"/children/{child.Id}");
        view.OccurredAt.ShouldBe(factory.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Get_ChildAllocatedToAnotherTeam_IsRefusedAndTheAttemptLogged()
    {
        var otherTeam = await factory.Data.CreateTeamAsync("Children in need West", TeamKind.ChildInNeed);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, await factory.Data.CreateWorkerAsync(otherTeam), otherTeam);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        var page = await client.GetPageAsync($"/children/{child.Id}", HttpStatusCode.Forbidden);

        page.QuerySelector("h1")!.TextContent.ShouldBe("You do not have access to this record");
        page.Body!.TextContent.ShouldNotContain(child.Name.FamilyName);
        await using var db = factory.Database.CreateContext();
        (await db.RecordViews.SingleAsync(v => v.ChildId == child.Id && v.UserId == account.Id)).Allowed.ShouldBeFalse();
    }

    [Fact]
    public async Task Get_UnallocatedChild_IsOpenToAnySocialWorker()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        var page = await client.GetPageAsync($"/children/{child.Id}");

        page.QuerySelector(".moj-identity-bar")!.TextContent.ShouldContain("Unallocated");
    }

    [Fact]
    public async Task Get_FrontDoorWorker_SeesAChildAllocatedElsewhere()
    {
        var otherTeam = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, await factory.Data.CreateWorkerAsync(otherTeam), otherTeam);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync("Front door", TeamKind.FrontDoor));

        (await client.Http.GetAsync(new Uri($"/children/{child.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_RestrictedRecord_OnlyNamedPeopleSeeIt()
    {
        var team = await factory.Data.CreateTeamAsync();
        var named = await factory.Data.CreateUserAsync(Role.TeamManager, await factory.Data.CreateWorkerAsync(team, Role.TeamManager));
        var child = await factory.Data.CreateChildAsync(configure: c => c.Restrict("Child of a member of staff", [named.Id], factory.Data.Change()));
        var seniorLeader = await factory.SignInAsync(await factory.Data.CreateUserAsync(Role.SeniorLeader));
        var namedManager = await factory.SignInAsync(named);

        var refused = await seniorLeader.GetPageAsync($"/children/{child.Id}", HttpStatusCode.Forbidden);
        var allowed = await namedManager.GetPageAsync($"/children/{child.Id}");

        refused.Body!.TextContent.ShouldContain("This record is restricted");
        allowed.QuerySelector(".moj-identity-bar")!.TextContent.ShouldContain("Restricted record");
    }

    [Fact]
    public async Task Get_Administrator_NeverSeesAChildsRecord()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.Administrator);

        await client.GetPageAsync($"/children/{child.Id}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_UnknownChild_IsNotFound()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var response = await client.Http.GetAsync(new Uri($"/children/{Guid.CreateVersion7()}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignInAndLogsNothing()
    {
        var child = await factory.Data.CreateChildAsync();

        var response = await factory.CreateHearthClient().Http.GetAsync(new Uri($"/children/{child.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
        await using var db = factory.Database.CreateContext();
        (await db.RecordViews.AnyAsync(v => v.ChildId == child.Id)).ShouldBeFalse();
    }
}
