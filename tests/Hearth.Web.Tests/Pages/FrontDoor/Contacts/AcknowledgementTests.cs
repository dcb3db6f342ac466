using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts;

public sealed class AcknowledgementTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Get_ContactFromLastFriday_ShowsTheReferrerAndThatItIsOverdue()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(10, 30, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/acknowledgement");

        page.Text("h1").ShouldBe("Acknowledge receipt to Ms Head");
        page.Text("#acknowledgement-clock").ShouldContain("Overdue");
        page.Text("#acknowledgement-clock").ShouldContain("Due by 2 November 2026 at 09:00");
    }

    [Fact]
    public async Task Post_ByEmail_SavesItStopsTheClockAndShowsItOnTheContact()
    {
        var child = await factory.Data.CreateChildAsync("Nia", UniqueFamilyName());
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/acknowledgement", Fields("Email"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ContactAsync(contact.Id);
        saved.AcknowledgedAt.ShouldBe(At(11, 2, 9, 40));
        saved.AcknowledgementMethod.ShouldBe(AcknowledgementMethod.Email);
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Receipt acknowledged to the referrer");
        change.Fields.ShouldContain(new FieldChange("How", null, "Email"));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("Acknowledgement to the referrer recorded");
        page.Text("#acknowledgement-clock").ShouldContain("Acknowledged in time");
        page.Text("#consent").ShouldContain("Email, 2 November 2026 at 09:40");
        page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}/acknowledgement']").ShouldBeNull();
    }

    [Fact]
    public async Task Post_NoMethodAndATimeInTheFuture_ShowsTheErrorsKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/acknowledgement", Fields("", "11:30"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select how the referrer was told"]);
        page.InputValue("AcknowledgedTime").ShouldBe("11:30");

        using var second = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/acknowledgement", Fields("Letter", "11:30"));

        var again = await second.ShouldShowPageAsync();
        again.ErrorSummary().ShouldBe(["The date and time the referrer was told must be in the past"]);
        again.QuerySelector("#AcknowledgedDate-error").ShouldNotBeNull();
        (await ContactAsync(contact.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Post_SocialWorkerOutsideTheFrontDoor_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/acknowledgement", Fields("Telephone"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}/acknowledgement", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    private static Dictionary<string, string> Fields(string method, string time = "09:40") => new()
    {
        ["Method"] = method,
        ["AcknowledgedDate.Day"] = "2",
        ["AcknowledgedDate.Month"] = "11",
        ["AcknowledgedDate.Year"] = "2026",
        ["AcknowledgedTime"] = time,
    };
}
