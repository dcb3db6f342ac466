using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts;

public sealed class DetailsTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static ChangeContext By(DateTimeOffset now) => new(Guid.CreateVersion7(), "Test data", now);

    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Get_Contact_ShowsItsDetailsChildrenAndOverdueClock()
    {
        var child = await factory.Data.CreateChildAsync("Nia", UniqueFamilyName());
        var contact = await factory.RecordContactAsync(At(10, 30, 9), [child], domesticAbuse: true);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldHaveSingleItem().Allowed.ShouldBeTrue();
        page.Text("h1").ShouldBe("Received 30 October 2026 at 09:00");
        page.Text("#clock").ShouldContain("Overdue");
        page.Text("#clock").ShouldContain("Decision due by 2 November 2026 at 09:00");
        page.Text("#concerns").ShouldBe("Child came to school hungry and bruised");
        page.QuerySelector($"a[href='/children/{child.Id}']")!.TextContent.ShouldContain("Nia");
        page.QuerySelector($"a[href='/front-door/contacts/{contact.Id}/decision']").ShouldNotBeNull();
        page.QuerySelector("#chain").ShouldBeNull();
    }

    [Fact]
    public async Task PostReopen_ClosedContact_ReopensKeepingTheReceiptAndRecordsTheChange()
    {
        var child = await factory.Data.CreateChildAsync("Nia", UniqueFamilyName());
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], then: c => c.ClosePendingInformation("Waiting for the GP", By(At(11, 2, 9, 30))));
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await ContactAsync(contact.Id);
        saved.Status.ShouldBe(ContactStatus.AwaitingDecision);
        saved.ReceivedAt.ShouldBe(At(11, 2, 9));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Contact reopened");
        change.Fields.ShouldContain(new FieldChange("Information being gathered", "Waiting for the GP", null));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("Contact reopened");
    }

    [Fact]
    public async Task Get_ContactAboutARestrictedChild_IsRefusedToSomeoneNotNamed()
    {
        var child = await factory.Data.CreateChildAsync("Rae", UniqueFamilyName(), configure: c => c.Restrict("Staff member's child", [Guid.CreateVersion7()], factory.Data.Change()));
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, account) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}", HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldHaveSingleItem().Allowed.ShouldBeFalse();
        page.Text("h1").ShouldBe("You cannot see this contact");
        page.Body!.TextContent.ShouldNotContain("hungry and bruised");
    }

    [Fact]
    public async Task Get_NothingRecordedYet_OffersChecksConsentAndAcknowledgementToThoseWhoAct()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (worker, _) = await factory.SignInAtFrontDoorAsync();
        var (leader, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        var page = await worker.GetPageAsync($"/front-door/contacts/{contact.Id}");
        var leadersPage = await leader.GetPageAsync($"/front-door/contacts/{contact.Id}");

        page.Text("#no-checks").ShouldBe("No checks have been requested.");
        page.Text("#consent").ShouldContain("Not recorded");
        page.Text("#consent").ShouldContain("Not yet acknowledged");
        page.Text("#acknowledgement-clock").ShouldContain("Acknowledgement to the referrer due by 3 November 2026 at 09:00");
        string[] actions = [$"/front-door/contacts/{contact.Id}/checks/new", $"/front-door/contacts/{contact.Id}/consent", $"/front-door/contacts/{contact.Id}/acknowledgement"];
        actions.ShouldAllBe(href => page.QuerySelector($"a[href='{href}']") != null);
        actions.ShouldAllBe(href => leadersPage.QuerySelector($"a[href='{href}']") == null);
    }

    [Fact]
    public async Task Get_DataOfficer_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        await client.GetPageAsync($"/front-door/contacts/{contact.Id}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostReopen_SeniorLeader_IsRefusedAndChangesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], then: c => c.ClosePendingInformation("Waiting for the GP", By(At(11, 2, 9, 30))));
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}?handler=Reopen", new Dictionary<string, string>(), "/front-door");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.ClosedPendingInformation);
    }

    [Fact]
    public async Task Get_UnknownContact_IsNotFound()
    {
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        await client.GetPageAsync($"/front-door/contacts/{Guid.CreateVersion7()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
