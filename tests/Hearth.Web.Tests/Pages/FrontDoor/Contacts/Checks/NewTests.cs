using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts.Checks;

public sealed class NewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Get_FrontDoorWorker_ShowsEveryAgencyAndNowFilledIn()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/checks/new");

        page.Text("h1").ShouldBe("Request a multi-agency check");
        page.QuerySelectorAll("input[name=Agency]").Select(i => i.GetAttribute("value"))
            .ShouldBe(["Police", "Health", "Education", "Probation", "Housing", "Other"]);
        page.InputValue("RequestedDate.Day").ShouldBe("2");
        page.InputValue("RequestedTime").ShouldBe("10:00");
    }

    [Fact]
    public async Task Post_OtherAgency_SavesTheCheckRecordsTheChangeAndShowsItOutstanding()
    {
        var child = await factory.Data.CreateChildAsync("Nia", UniqueFamilyName());
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/new", Fields("Other", "Women's Aid"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/front-door/contacts/{contact.Id}");
        var check = (await ContactAsync(contact.Id)).Checks.ShouldHaveSingleItem();
        check.Agency.ShouldBe(CheckAgency.Other);
        check.OtherAgencyName.ShouldBe("Women's Aid");
        check.RequestedAt.ShouldBe(At(11, 2, 9, 30));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Multi-agency check requested");
        change.Fields.ShouldContain(new FieldChange("Agency", null, "Women's Aid"));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("Check requested from Women's Aid");
        page.Text("#checks caption").ShouldBe("1 check outstanding");
        page.Text("#checks tbody").ShouldContain("Women's Aid");
        page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}/checks/{check.Id}/return']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Post_OtherAgencyWithoutANameAndNoTime_ShowsTheErrorsKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/new", new Dictionary<string, string>
        {
            ["Agency"] = "Other",
            ["OtherAgencyName"] = "",
            ["RequestedDate.Day"] = "2",
            ["RequestedDate.Month"] = "11",
            ["RequestedDate.Year"] = "2026",
            ["RequestedTime"] = "",
        });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter the time the check was requested"]);
        page.QuerySelector("#RequestedTime-error").ShouldNotBeNull();
        page.QuerySelector("input[name=Agency][value=Other]")!.HasAttribute("checked").ShouldBeTrue();
        (await ContactAsync(contact.Id)).Checks.ShouldBeEmpty();

        using var second = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/new", Fields("Other", " "));

        var again = await second.ShouldShowPageAsync();
        again.ErrorSummary().ShouldBe(["Enter the name of the agency"]);
        again.QuerySelector("#OtherAgencyName-error").ShouldNotBeNull();
        again.InputValue("RequestedTime").ShouldBe("09:30");
        (await ContactAsync(contact.Id)).Checks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_BeforeTheContactWasReceived_SaysSo()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/new", Fields("Police", time: "08:00"));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldBe(["The date and time the check was requested must be after the contact was received"]);
    }

    [Fact]
    public async Task Post_SocialWorkerOutsideTheFrontDoor_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/checks/new", Fields("Police"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).Checks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Get_ContactAboutARestrictedChild_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync("Rae", UniqueFamilyName(), configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        await client.GetPageAsync($"/front-door/contacts/{contact.Id}/checks/new", HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldHaveSingleItem().Allowed.ShouldBeFalse();
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}/checks/new", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    private static Dictionary<string, string> Fields(string agency, string? otherName = null, string time = "09:30") => new()
    {
        ["Agency"] = agency,
        ["OtherAgencyName"] = otherName ?? "",
        ["RequestedDate.Day"] = "2",
        ["RequestedDate.Month"] = "11",
        ["RequestedDate.Year"] = "2026",
        ["RequestedTime"] = time,
    };
}
