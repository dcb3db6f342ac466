using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Allocations;

public sealed class EndTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Allocation> AllocationAsync(Guid childId) =>
        factory.QueryAsync(db => db.Set<Allocation>().AsNoTracking().SingleAsync(a => a.ChildId == childId));

    [Fact]
    public async Task Post_Valid_EndsTheAllocationWithChangeRecord()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, worker, team);
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/end", new Dictionary<string, string>
        {
            ["EndDate.Day"] = "2",
            ["EndDate.Month"] = "11",
            ["EndDate.Year"] = "2026",
            ["Reason"] = "Case closed after assessment",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var allocation = await AllocationAsync(child.Id);
        allocation.EndDate.ShouldBe(new DateOnly(2026, 11, 2));
        allocation.EndReason.ShouldBe("Case closed after assessment");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Allocation ended");
        change.ActorId.ShouldBe(account.Id);
        change.Fields.ShouldContain(f => f.Field == "End date" && f.Before == null && f.After == "2026-11-02");
        var page = await client.GetPageAsync($"/children/{child.Id}/allocation");
        page.Text(".govuk-inset-text").ShouldContain("is not allocated");
    }

    [Fact]
    public async Task Post_EndBeforeStart_ShowsErrorKeepsReasonAndSavesNothing()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, worker, team, factory.Data.Today.AddDays(-3));
        var (client, _, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, team);

        using var response = await client.SubmitFormAsync($"/children/{child.Id}/allocation/end", new Dictionary<string, string>
        {
            ["EndDate.Day"] = "1",
            ["EndDate.Month"] = "10",
            ["EndDate.Year"] = "2026",
            ["Reason"] = "Closed",
        });

        var page = await response.ShouldShowPageAsync();
        page.Text("#EndDate-error").ShouldContain("The end date must be on or after 30 October 2026");
        page.QuerySelector("textarea[name=Reason]")!.TextContent.ShouldBe("Closed");
        (await AllocationAsync(child.Id)).EndDate.ShouldBeNull();
    }

    [Fact]
    public async Task Post_ManagerOfAnotherTeam_IsRefusedAndLogged()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team);
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, worker, team);
        var frontDoor = await factory.Data.CreateTeamAsync("MASH", TeamKind.FrontDoor);
        var (client, account, _) = await factory.SignInAsWorkerAsync(Role.TeamManager, frontDoor);

        using var response = await client.PostAsync($"/children/{child.Id}/allocation/end",
            new Dictionary<string, string> { ["EndDate.Day"] = "2", ["EndDate.Month"] = "11", ["EndDate.Year"] = "2026", ["Reason"] = "Closing" },
            tokenFrom: $"/children/{child.Id}/allocation");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AllocationAsync(child.Id)).EndDate.ShouldBeNull();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }
}
