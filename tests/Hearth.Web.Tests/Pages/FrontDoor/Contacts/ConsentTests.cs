using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts;

public sealed class ConsentTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Get_NothingRecorded_AsksForTheAnswerWithNowFilledIn()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/consent");

        page.Text("h1").ShouldBe("Consent to share information");
        page.QuerySelectorAll("input[name=Answer]").Select(i => i.GetAttribute("value")).ShouldBe(["Awaited", "Given", "Refused", "DispensedWith"]);
        page.InputValue("SoughtTime").ShouldBe("10:00");
    }

    [Fact]
    public async Task Post_Refused_SavesItWithTheReasonAndShowsItOnTheContact()
    {
        var child = await factory.Data.CreateChildAsync("Nia", UniqueFamilyName());
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/consent",
            Fields("Refused", from: "Mother", reason: "Does not want the school involved"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ContactAsync(contact.Id);
        saved.Consent.ShouldBe(ConsentDecision.Refused);
        saved.ConsentSoughtAt.ShouldBe(At(11, 2, 9, 20));
        saved.ConsentSoughtFrom.ShouldBe("Mother");
        saved.ConsentReason.ShouldBe("Does not want the school involved");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Consent to share information");
        change.Fields.ShouldContain(new FieldChange("Consent", null, "Refused"));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("Consent recorded: refused");
        page.Text("#consent").ShouldContain("Refused: Does not want the school involved");
        page.Text("#consent").ShouldContain("Sought from Mother on 2 November 2026 at 09:20");
    }

    [Fact]
    public async Task Post_DispensedWithWithoutBeingSought_SavesIt()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/consent",
            Fields("DispensedWith", time: "", reason: "Seeking it would alert the alleged abuser"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ContactAsync(contact.Id);
        saved.Consent.ShouldBe(ConsentDecision.DispensedWith);
        saved.ConsentSoughtAt.ShouldBeNull();
        saved.ConsentReason.ShouldBe("Seeking it would alert the alleged abuser");
    }

    [Fact]
    public async Task Post_DispensedWithWithoutAReason_ShowsTheErrorKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/consent", Fields("DispensedWith", from: "Father", reason: " "));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter why consent was dispensed with"]);
        page.QuerySelector("#Reason-error").ShouldNotBeNull();
        page.InputValue("SoughtFrom").ShouldBe("Father");
        page.QuerySelector("input[name=Answer][value=DispensedWith]")!.HasAttribute("checked").ShouldBeTrue();
        (await ContactAsync(contact.Id)).Consent.ShouldBeNull();
    }

    [Fact]
    public async Task Post_NoAnswer_AsksForIt()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/consent", Fields("", from: "Mother"));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldBe(["Select whether consent was given, refused or dispensed with, or is awaited"]);
        (await ContactAsync(contact.Id)).ConsentSoughtAt.ShouldBeNull();
    }

    [Fact]
    public async Task Post_BusinessSupport_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/consent", Fields("Given", from: "Mother"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).Consent.ShouldBeNull();
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}/consent", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    private static Dictionary<string, string> Fields(string answer, string time = "09:20", string from = "", string reason = "") => new()
    {
        ["Answer"] = answer,
        ["SoughtDate.Day"] = "2",
        ["SoughtDate.Month"] = "11",
        ["SoughtDate.Year"] = "2026",
        ["SoughtTime"] = time,
        ["SoughtFrom"] = from,
        ["Reason"] = reason,
    };
}
