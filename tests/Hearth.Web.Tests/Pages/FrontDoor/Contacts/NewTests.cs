using System.Net;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts;

public sealed class NewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private const string Url = "/front-door/contacts/new";

    private static Dictionary<string, string> Fields(string childIds, string day = "2", string time = "08:15", string source = "6", string concerns = "Police called to the home overnight") => new()
    {
        ["ReceivedDate.Day"] = day,
        ["ReceivedDate.Month"] = "11",
        ["ReceivedDate.Year"] = "2026",
        ["ReceivedTime"] = time,
        ["SourceCode"] = source,
        ["ReferrerName"] = "PC Jo Bloggs",
        ["ReferrerAgency"] = "Kent Police",
        ["Concerns"] = concerns,
        ["ChildIds"] = childIds,
        ["DomesticAbuse"] = "yes",
    };

    private Task<List<Contact>> ContactsAboutAsync(Guid childId) =>
        factory.QueryAsync(db => db.Set<Contact>().Where(c => c.Children.Any(ch => ch.ChildId == childId)).ToListAsync());

    [Fact]
    public async Task Get_FrontDoorWorker_ShowsTheFormWithEveryCensusSourceAndTodayFilledIn()
    {
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync(Url);

        page.QuerySelectorAll("select[name=SourceCode] option").Length.ShouldBe(ReferralSource.All.Count + 1);
        page.InputValue("ReceivedDate.Day").ShouldBe("2");
        page.QuerySelector("input[name=ReceivedTime]").ShouldNotBeNull();
        page.QuerySelectorAll("input[name=DomesticAbuse]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Post_TwoSiblings_SavesOneContactWithAChangeRecordOnEachChildAndRedirects()
    {
        var family = UniqueFamilyName();
        var child = await factory.Data.CreateChildAsync("Mia", family);
        var sibling = await factory.Data.CreateChildAsync("Leo", family);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync(Url, Fields($"{child.LaChildId.Value}, {sibling.LaChildId.Value.ToLowerInvariant()}"));

        var contact = (await ContactsAboutAsync(child.Id)).ShouldHaveSingleItem();
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/front-door/contacts/{contact.Id}");
        contact.ReceivedAt.ShouldBe(At(11, 2, 8, 15));
        contact.Source.ShouldBe(ReferralSource.Police);
        contact.IsDomesticAbuseNotification.ShouldBeTrue();
        contact.Children.Select(c => c.ChildId).ShouldBe([child.Id, sibling.Id], ignoreOrder: true);
        contact.RecordedById.ShouldBe(account.Id);
        foreach (var id in new[] { child.Id, sibling.Id })
        {
            var change = (await factory.ChangesOfAsync(id)).ShouldHaveSingleItem();
            change.Reason.ShouldBe("Contact received at the front door");
            change.Fields.ShouldContain(f => f.Field == "Presenting concerns" && f.Before == null && f.After == "Police called to the home overnight");
        }

        var shown = await client.GetPageAsync(response.Headers.Location.OriginalString);
        shown.Text(".govuk-notification-banner").ShouldContain("Contact recorded");
    }

    [Fact]
    public async Task Post_SecondContactWhileTheFirstIsUndecided_LinksItToTheFirstReceipt()
    {
        var child = await factory.Data.CreateChildAsync("Ava", UniqueFamilyName());
        var first = await factory.RecordContactAsync(At(10, 30, 16), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync(Url, Fields(child.LaChildId.Value));

        var second = (await ContactsAboutAsync(child.Id)).Single(c => c.Id != first.Id);
        second.ChainRootId.ShouldBe(first.Id);
        second.ChainReceivedAt.ShouldBe(At(10, 30, 16));
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        page.Text("#clock").ShouldContain("counted from the chain's first receipt on 30 October 2026 at 16:00");
        page.QuerySelectorAll("#chain tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Post_UnknownChildAndNoSource_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync("Kit", UniqueFamilyName());
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync(Url, Fields($"{child.LaChildId.Value}, NOSUCH1", source: "", concerns: "Neighbour heard shouting"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select the source of the contact", "There is no child with LA child ID NOSUCH1. Add the child first, or check the ID"]);
        page.QuerySelector("#ChildIds-error").ShouldNotBeNull();
        page.InputValue("ChildIds").ShouldBe($"{child.LaChildId.Value}, NOSUCH1");
        page.QuerySelector("textarea[name=Concerns]")!.TextContent.ShouldBe("Neighbour heard shouting");
        page.InputValue("ReceivedTime").ShouldBe("08:15");
        (await ContactsAboutAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReceivedLaterToday_SaysItMustBeInThePast()
    {
        var child = await factory.Data.CreateChildAsync("Kit", UniqueFamilyName());
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync(Url, Fields(child.LaChildId.Value, time: "10:30"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["The date and time the contact was received must be in the past"]);
        (await ContactsAboutAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NotARealTime_AsksForARealTime()
    {
        var child = await factory.Data.CreateChildAsync("Kit", UniqueFamilyName());
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync(Url, Fields(child.LaChildId.Value, time: "25:61"));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldBe(["Time received must be a real time, like 14:30"]);
    }

    [Fact]
    public async Task Post_SocialWorkerOutsideTheFrontDoor_IsRefusedAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync("Kit", UniqueFamilyName());
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        using var response = await client.PostAsync(Url, Fields(child.LaChildId.Value));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactsAboutAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_TeamManagerOutsideTheFrontDoor_MayRecord()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.TeamManager, await factory.Data.CreateTeamAsync());

        var page = await client.GetPageAsync(Url);

        page.Text("h1").ShouldBe("Record a contact");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri(Url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
