using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Allocations;

public sealed class AllocateTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<List<Allocation>> AllocationsAsync(Guid childId) =>
        factory.QueryAsync(db => db.Set<Allocation>().AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.StartDate).ToListAsync());

    private static Dictionary<string, string> Fields(Worker worker, string reason = "Needs a child and family assessment") => new()
    {
        ["WorkerId"] = worker.Id.ToString(),
        ["StartDate.Day"] = "2",
        ["StartDate.Month"] = "11",
        ["StartDate.Year"] = "2026",
        ["Reason"] = reason,
    };

    [Fact]
    public async Task PostTeam_ChosenTeam_RedirectsToChooseAWorkerInIt()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);
        var page = await client.GetPageAsync($"/children/{child.Id}/allocation/allocate");
        page.QuerySelectorAll("input[name=TeamId]").Select(i => i.GetAttribute("value")).ShouldContain(team.Id.ToString());

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/allocate", new Dictionary<string, string> { ["TeamId"] = team.Id.ToString() });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/allocation/allocate?teamId={team.Id}");
    }

    [Fact]
    public async Task PostTeam_NoTeam_AsksToSelectOne()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/allocate", new Dictionary<string, string>());

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select a team"]);
    }

    [Fact]
    public async Task Get_TeamChosen_ListsWorkersWhoHoldCasesWithTheirCaseloads()
    {
        var team = await factory.Data.CreateTeamAsync();
        var busy = await factory.Data.CreateWorkerAsync(team, givenName: "Busy", familyName: "Worker");
        var support = await factory.Data.CreateWorkerAsync(team, Role.BusinessSupport, "Sam", "Support");
        await factory.Data.AllocateAsync(await factory.Data.CreateChildAsync(), busy, team);
        await factory.Data.AllocateAsync(await factory.Data.CreateChildAsync(), busy, team);
        var child = await factory.Data.CreateChildAsync();
        var (client, _, manager) = await factory.SignInAsWorkerAsync(Role.TeamManager, team, "Mo", "Manager");

        var page = await client.GetPageAsync($"/children/{child.Id}/allocation/allocate?teamId={team.Id}");

        var items = page.QuerySelectorAll(".govuk-radios__item").Select(i => i.TextContent).ToList();
        items.Count.ShouldBe(2);
        items.ShouldContain(i => i.Contains("Busy Worker") && i.Contains("2 children"));
        items.ShouldContain(i => i.Contains("Mo Manager") && i.Contains("0 children"));
        page.QuerySelector($"input[value='{support.Id}']").ShouldBeNull();
        page.InputValue("StartDate.Day").ShouldBe("2");
        page.QuerySelector($"input[value='{manager.Id}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_Valid_ReallocatesEndingTheOpenAllocationAndRecordsBoth()
    {
        var team = await factory.Data.CreateTeamAsync();
        var before = await factory.Data.CreateWorkerAsync(team, givenName: "Ada", familyName: "Ogun");
        var after = await factory.Data.CreateWorkerAsync(team, givenName: "Ben", familyName: "Ito");
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, before, team);
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/allocate?teamId={team.Id}", Fields(after, "Ada is on long-term leave"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/allocation");
        var allocations = await AllocationsAsync(child.Id);
        allocations.Count.ShouldBe(2);
        allocations[0].EndDate.ShouldBe(factory.Data.Today);
        allocations[1].WorkerId.ShouldBe(after.Id);
        allocations[1].StartDate.ShouldBe(factory.Data.Today);
        allocations[1].Reason.ShouldBe("Ada is on long-term leave");
        var changes = await factory.ChangesOfAsync(child.Id);
        changes.Count.ShouldBe(2);
        changes.ShouldAllBe(c => c.ActorId == account.Id && c.Reason == "Ada is on long-term leave");
        changes.ShouldContain(c => c.Summary == "Child allocated to Ben Ito" && c.Fields.Any(f => f.Field == "Worker" && f.Before == null && f.After == "Ben Ito"));
        changes.ShouldContain(c => c.Summary == "Allocation ended" && c.Fields.Any(f => f.Field == "End date" && f.After == "2026-11-02"));
        var page = await client.GetPageAsync($"/children/{child.Id}/allocation");
        page.Text(".govuk-notification-banner").ShouldContain("allocated to Ben Ito");
    }

    [Fact]
    public async Task Post_NoWorkerNoReason_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/allocate?teamId={team.Id}", new Dictionary<string, string>
        {
            ["StartDate.Day"] = "31",
            ["StartDate.Month"] = "11",
            ["StartDate.Year"] = "2026",
            ["Reason"] = "",
        });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select a worker", "Start date must be a real date", "Enter the reason for allocation"]);
        page.InputValue("StartDate.Day").ShouldBe("31");
        (await AllocationsAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_StartBeforeTheCurrentAllocation_ShowsTheRuleAgainstTheStartDate()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var next = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, worker, team, factory.Data.Today.AddDays(-5));
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);
        var fields = Fields(next);
        fields["StartDate.Day"] = "1";
        fields["StartDate.Month"] = "10";

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/allocate?teamId={team.Id}", fields);

        var page = await response.ShouldShowPageAsync();
        page.Text("#StartDate-error").ShouldContain("The start date must be on or after 28 October 2026");
        (await AllocationsAsync(child.Id)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Post_SomeoneElseAllocatedMeanwhile_AsksToCheckAndSavesNothing()
    {
        var team = await factory.Data.CreateTeamAsync();
        var first = await factory.Data.CreateWorkerAsync(team);
        var second = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);
        var form = await client.GetPageAsync($"/children/{child.Id}/allocation/allocate?teamId={team.Id}");
        await factory.Data.AllocateAsync(child, first, team, factory.Data.Today);

        var fields = Fields(second);
        fields["TeamId"] = team.Id.ToString();
        fields["HistoryVersion"] = form.InputValue("HistoryVersion") ?? string.Empty;
        using var response = await client.PostAsync($"/children/{child.Id}/allocation/allocate?teamId={team.Id}", fields, tokenFrom: $"/children/{child.Id}/allocation");

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Someone else changed this child's allocation while you were choosing. Check the current allocation, then submit again."]);
        (await AllocationsAsync(child.Id)).ShouldHaveSingleItem().WorkerId.ShouldBe(first.Id);
    }

    [Fact]
    public async Task Post_SocialWorkerOutsideTheFrontDoor_IsRefusedAndLogged()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.SocialWorker, team);

        await client.GetPageAsync($"/children/{child.Id}/allocation/allocate", HttpStatusCode.Forbidden);
        var fields = Fields(worker);
        fields["TeamId"] = team.Id.ToString();
        using var response = await client.PostAsync($"/children/{child.Id}/allocation/allocate", fields, tokenFrom: $"/children/{child.Id}/warnings");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AllocationsAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/allocation/allocate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FrontDoorWorker_AllocatesToAnotherTeam()
    {
        var frontDoor = await factory.Data.CreateTeamAsync("MASH", TeamKind.FrontDoor);
        var assessment = await factory.Data.CreateTeamAsync("Assessment", TeamKind.Assessment);
        var worker = await factory.Data.CreateWorkerAsync(assessment);
        var child = await factory.Data.CreateChildAsync();
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.SocialWorker, frontDoor);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/allocate?teamId={assessment.Id}", Fields(worker));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AllocationsAsync(child.Id)).ShouldHaveSingleItem().TeamId.ShouldBe(assessment.Id);
    }
}
