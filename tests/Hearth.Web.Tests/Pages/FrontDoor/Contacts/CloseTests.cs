using System.Net;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts;

public sealed class CloseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Get_OpenContact_AsksWhatInformationIsBeingGathered()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/close");

        page.Text("h1").ShouldBe("What information is being gathered?");
    }

    [Fact]
    public async Task Post_Reason_ClosesTheContactTakesItOffTheQueueAndRecordsTheChange()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/close", new Dictionary<string, string> { ["Reason"] = "Waiting for the school nurse" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ContactAsync(contact.Id);
        saved.Status.ShouldBe(ContactStatus.ClosedPendingInformation);
        saved.ClosedReason.ShouldBe("Waiting for the school nurse");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Reason.ShouldBe("Waiting for the school nurse");
        change.Fields.ShouldContain(f => f.Field == "Status" && f.Before == "Awaiting decision" && f.After == "Closed while information is gathered");
        var queue = await client.GetPageAsync("/front-door");
        queue.QuerySelector($"a[href='/front-door/contacts/{contact.Id}']").ShouldBeNull();
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.QuerySelector("form[action*='handler=Reopen'] button")!.TextContent.ShouldContain("Reopen contact");
    }

    [Fact]
    public async Task Post_NoReason_ShowsTheErrorAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/close", new Dictionary<string, string> { ["Reason"] = "  " });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter what information is being gathered"]);
        page.QuerySelector("#Reason-error").ShouldNotBeNull();
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.AwaitingDecision);
    }

    [Fact]
    public async Task Get_DomesticAbuseNotification_SaysItStaysOnTheQueueUntilDecided()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], domesticAbuse: true);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/close");

        page.Text("#Reason-hint").ShouldStartWith("A police domestic abuse notification stays on the queue until a decision is recorded.");
    }

    [Fact]
    public async Task Post_BusinessSupport_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.BusinessSupport);

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/close", new Dictionary<string, string> { ["Reason"] = "Checks" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.AwaitingDecision);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}/close", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
