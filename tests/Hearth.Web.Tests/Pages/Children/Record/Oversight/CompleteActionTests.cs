using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Oversight;

public sealed class CompleteActionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, ManagementOversight oversight, int number = 1) =>
        $"/children/{childId}/oversight/{oversight.Id}/actions/{oversight.Actions.Single(a => a.Number == number).Id}/done";

    private static Dictionary<string, string> Fields(string note, string day = "2") => new()
    {
        ["CompletedOn.Day"] = day,
        ["CompletedOn.Month"] = "11",
        ["CompletedOn.Year"] = "2026",
        ["Note"] = note,
    };

    private async Task<(HearthClient Client, UserAccount Account, Guid ChildId, Team Team, ManagementOversight Oversight)> ArrangeAsync()
    {
        var (client, account, child, team) = await factory.SignInWithAllocatedChildAsync();
        var oversight = await factory.Data.RecordOversightAsync(factory.Database, child.Id, factory.Data.Today.AddDays(-7),
            new OversightActionInput("Visit at school", account.WorkerId!.Value, factory.Data.Today),
            new OversightActionInput("Call the GP", account.WorkerId!.Value, factory.Data.Today));
        return (client, account, child.Id, team, oversight);
    }

    [Fact]
    public async Task Get_OpenAction_ShowsItWithTodayAsTheDate()
    {
        var (client, _, childId, _, oversight) = await ArrangeAsync();

        var page = await client.GetPageAsync(Url(childId, oversight));

        page.Text("#action").ShouldContain("Visit at school");
        page.InputValue("CompletedOn.Day").ShouldBe("2");
    }

    [Fact]
    public async Task Post_WithNote_MarksTheActionDoneWithAChangeRecord()
    {
        var (client, account, childId, _, oversight) = await ArrangeAsync();

        using var response = await client.SubmitFormAsync(Url(childId, oversight), Fields("Seen at school, settled"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{childId}/oversight/{oversight.Id}");
        var action = (await factory.OversightsOfAsync(childId)).Single().Actions.Single(a => a.Number == 1);
        action.CompletedOn.ShouldBe(factory.Data.Today);
        action.CompletionNote.ShouldBe("Seen at school, settled");
        var change = (await factory.ChangesOfAsync(childId)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Oversight action 1 done");
        change.Fields.ShouldContain(f => f.Field == "Action 1 note" && f.Before == null && f.After == "Seen at school, settled");
    }

    [Fact]
    public async Task Post_NoNote_AsksWhatWasDoneAndKeepsTheDate()
    {
        var (client, _, childId, _, oversight) = await ArrangeAsync();

        using var response = await client.SubmitFormAsync(Url(childId, oversight), Fields(" ", day: "1"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter what was done"]);
        page.Text("#Note-error").ShouldContain("Enter what was done");
        page.InputValue("CompletedOn.Day").ShouldBe("1");
        (await factory.OversightsOfAsync(childId)).Single().Actions.ShouldAllBe(a => a.CompletedOn == null);
    }

    [Fact]
    public async Task Post_AnotherActionDoneMeanwhile_SaysWhatChangedAndSavesNothing()
    {
        var (client, _, childId, team, oversight) = await ArrangeAsync();
        var page = await client.GetPageAsync(Url(childId, oversight));
        var version = page.InputValue("Version")!;
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var (other, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        using (var theirs = await other.SubmitFormAsync(Url(childId, oversight, 2), Fields("Called")))
        {
            theirs.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var response = await client.SubmitFormAsync(Url(childId, oversight), new Dictionary<string, string>(Fields("Mine")) { ["Version"] = version });

        var shown = await response.ShouldShowPageAsync();
        shown.Text("#changes-since").ShouldContain("Oversight action 2 done");
        (await factory.OversightsOfAsync(childId)).Single().Actions.Single(a => a.Number == 1).CompletedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var (_, _, childId, _, oversight) = await ArrangeAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        using var response = await client.PostAsync(Url(childId, oversight), new Dictionary<string, string> { ["Note"] = "x" }, tokenFrom: $"/children/{childId}/oversight");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(childId, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/done", StringComparison.Ordinal));
    }
}
