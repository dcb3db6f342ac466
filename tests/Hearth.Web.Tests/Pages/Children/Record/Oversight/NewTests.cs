using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Visits;

namespace Hearth.Web.Tests.Pages.Children.Record.Oversight;

public sealed class NewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/oversight/new";

    /// <summary>A child allocated to a social worker, and their signed-in team manager.</summary>
    private async Task<(HearthClient Client, UserAccount Manager, Domain.Children.Child Child, Worker Allocated, Team Team)> SignInAsManagerAsync()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        var allocated = await factory.Data.CreateWorkerAsync(team, givenName: "Ama", familyName: "Owusu");
        await factory.Data.AllocateAsync(child, allocated, team);
        var (client, manager) = await factory.SignInAsNewUserAsync(Role.TeamManager, team);
        return (client, manager, child, allocated, team);
    }

    private static Dictionary<string, string> Fields(Guid workerId) => new()
    {
        ["OversightDate.Day"] = "2",
        ["OversightDate.Month"] = "11",
        ["OversightDate.Year"] = "2026",
        ["Summary"] = "Discussed school attendance",
        ["Direction"] = "Continue the plan; review in four weeks",
        ["Actions[0].What"] = "Visit the child at school",
        ["Actions[0].WorkerId"] = workerId.ToString(),
        ["Actions[0].DueDate.Day"] = "16",
        ["Actions[0].DueDate.Month"] = "11",
        ["Actions[0].DueDate.Year"] = "2026",
        ["Actions[1].What"] = "",
        ["Actions[1].DueDate.Day"] = "",
        ["Actions[1].DueDate.Month"] = "",
        ["Actions[1].DueDate.Year"] = "",
        ["Actions[2].What"] = "",
        ["Actions[2].DueDate.Day"] = "",
        ["Actions[2].DueDate.Month"] = "",
        ["Actions[2].DueDate.Year"] = "",
    };

    [Fact]
    public async Task Get_TeamManager_OffersThreeActionsForTheAllocatedWorker()
    {
        var (client, _, child, allocated, _) = await SignInAsManagerAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        var selects = page.QuerySelectorAll("select[name$='.WorkerId']");
        selects.Length.ShouldBe(3);
        page.ValueOf("select[name='Actions[0].WorkerId']").ShouldBe(allocated.Id.ToString());
        page.InputValue("OversightDate.Day").ShouldBe("2");
    }

    [Fact]
    public async Task Post_Valid_SavesTheOversightAndItsActionWithAChangeRecord()
    {
        var (client, manager, child, allocated, _) = await SignInAsManagerAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(allocated.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/oversight");
        var oversight = (await factory.OversightsOfAsync(child.Id)).ShouldHaveSingleItem();
        oversight.ManagerAccountId.ShouldBe(manager.Id);
        oversight.Direction.ShouldBe("Continue the plan; review in four weeks");
        var action = oversight.Actions.ShouldHaveSingleItem();
        (action.What, action.WorkerId, action.DueDate).ShouldBe(("Visit the child at school", allocated.Id, new DateOnly(2026, 11, 16)));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Management oversight recorded");
        change.Fields.ShouldContain(f => f.Field == "Summary of the discussion" && f.Before == null && f.After == "Discussed school attendance");
        change.Fields.Single(f => f.Field == "Action 1").After.ShouldBe($"Visit the child at school (for {allocated.FullName}, by 16 November 2026)");
    }

    [Fact]
    public async Task Post_ActionWithoutADate_SaysSoAgainstItAndKeepsInput()
    {
        var (client, _, child, allocated, _) = await SignInAsManagerAsync();
        var fields = Fields(allocated.Id);
        fields["Actions[1].What"] = "Call the health visitor";
        fields["Actions[1].WorkerId"] = allocated.Id.ToString();
        fields["Summary"] = "";

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter a summary of the case discussion", "Enter the date action 2 is due by"], ignoreOrder: true);
        page.Text("#Actions_1__DueDate-error").ShouldContain("Enter the date action 2 is due by");
        page.ValueOf("textarea[name='Actions[1].What']").ShouldBe("Call the health visitor");
        page.ValueOf("textarea[name='Direction']").ShouldBe("Continue the plan; review in four weeks");
        (await factory.OversightsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_SocialWorker_SaysOnlyATeamManagerCanRecordIt()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        page.Text("#refusal").ShouldContain("Only a team manager can record management oversight");
        page.QuerySelector("form[method=post] textarea[name=Direction]").ShouldBeNull();
    }

    [Fact]
    public async Task Post_SocialWorker_IsRefusedAndSavesNothing()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.PostAsync(Url(child.Id), Fields(account.WorkerId!.Value), tokenFrom: $"/children/{child.Id}/oversight");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.OversightsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var worker = await factory.Data.CreateWorkerAsync(await factory.Data.CreateTeamAsync());
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync(Url(child.Id), Fields(worker.Id), tokenFrom: $"/children/{child.Id}/oversight");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/oversight/new", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();

        (await factory.SignInLocationAsync(Url(child.Id))).ShouldBe("/sign-in");
    }
}
