using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts.Checks;

public sealed class ReturnTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static ChangeContext By(DateTimeOffset now) => new(Guid.CreateVersion7(), "Test data", now);

    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    private async Task<(Contact Contact, AgencyCheck Check, Hearth.Domain.Children.Child Child)> WithPoliceCheckAsync()
    {
        var child = await factory.Data.CreateChildAsync("Nia", UniqueFamilyName());
        AgencyCheck check = null!;
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], then: c => check = c.RequestCheck(CheckAgency.Police, null, At(11, 2, 9, 15), By(At(11, 2, 9, 15))));
        return (contact, check, child);
    }

    [Fact]
    public async Task Get_OutstandingCheck_AsksWhatTheAgencySaid()
    {
        var (contact, check, _) = await WithPoliceCheckAsync();
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/checks/{check.Id}/return");

        page.Text("h1").ShouldBe("Record what Police said");
        page.Text(".govuk-caption-l").ShouldBe("Check requested from Police on 2 November 2026 at 09:15");
    }

    [Fact]
    public async Task Post_Response_SavesItRecordsTheChangeAndShowsItOnTheContact()
    {
        var (contact, check, child) = await WithPoliceCheckAsync();
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/{check.Id}/return", Fields("Two call-outs to the address this year"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await ContactAsync(contact.Id)).Checks.ShouldHaveSingleItem();
        saved.ReturnedAt.ShouldBe(At(11, 2, 9, 45));
        saved.Response.ShouldBe("Two call-outs to the address this year");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Multi-agency check returned");
        change.Fields.ShouldContain(new FieldChange("What the agency said", null, "Two call-outs to the address this year"));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("Check returned by Police recorded");
        page.Text("#checks caption").ShouldBe("Every check has been returned");
        page.Text("#checks tbody").ShouldContain("Two call-outs to the address this year");
    }

    [Fact]
    public async Task Post_NoResponse_ShowsTheErrorKeepsTheTimeAndSavesNothing()
    {
        var (contact, check, _) = await WithPoliceCheckAsync();
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/{check.Id}/return", Fields(" ", "09:50"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter what Police said"]);
        page.QuerySelector("#AgencyResponse-error").ShouldNotBeNull();
        page.InputValue("ReturnedTime").ShouldBe("09:50");
        (await ContactAsync(contact.Id)).Checks.ShouldHaveSingleItem().IsOutstanding.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_BeforeItWasRequested_SaysSoAgainstTheDate()
    {
        var (contact, check, _) = await WithPoliceCheckAsync();
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/checks/{check.Id}/return", Fields("Known to police", "09:00"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["The date and time the check was returned must be after it was requested"]);
        page.Text("textarea[name=AgencyResponse]").ShouldBe("Known to police");
    }

    [Fact]
    public async Task Get_UnknownCheck_IsNotFound()
    {
        var (contact, _, _) = await WithPoliceCheckAsync();
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        await client.GetPageAsync($"/front-door/contacts/{contact.Id}/checks/{Guid.CreateVersion7()}/return", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_SeniorLeader_IsRefused()
    {
        var (contact, check, _) = await WithPoliceCheckAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/checks/{check.Id}/return", Fields("Known"), "/front-door");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).Checks.ShouldHaveSingleItem().IsOutstanding.ShouldBeTrue();
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}/checks/{Guid.CreateVersion7()}/return", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    private static Dictionary<string, string> Fields(string said, string time = "09:45") => new()
    {
        ["ReturnedDate.Day"] = "2",
        ["ReturnedDate.Month"] = "11",
        ["ReturnedDate.Year"] = "2026",
        ["ReturnedTime"] = time,
        ["AgencyResponse"] = said,
    };
}
