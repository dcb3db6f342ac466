using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class ChildSeenTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid enquiryId) => $"/children/{childId}/section-47-enquiries/{enquiryId}/child-seen";

    private static Dictionary<string, string> Fields(string seen = "not-alone", string day = "30", string notAlone = "Mother would not leave the room") => new()
    {
        ["Seen"] = seen,
        ["SeenOn.Day"] = day,
        ["SeenOn.Month"] = "10",
        ["SeenOn.Year"] = "2026",
        ["NotAloneReason"] = notAlone,
    };

    [Fact]
    public async Task Post_SeenNotAlone_RecordsItWithTheReason()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id, enquiry!.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/section-47-enquiries/{enquiry.Id}");
        var saved = (await factory.EnquiriesOfAsync(child.Id)).ShouldHaveSingleItem();
        saved.ChildSeen.ShouldBe(true);
        saved.ChildSeenOn.ShouldBe(new DateOnly(2026, 10, 30));
        saved.ChildSeenAlone.ShouldBeFalse();
        saved.NotSeenReason.ShouldBe("Mother would not leave the room");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Section 47 enquiry: child seen, not alone");
        change.Fields.ShouldContain(f => f.Field == "Date seen" && f.Before == null && f.After == "2026-10-30");
        (await client.GetPageAsync(response.Headers.Location.ToString())).Text(".govuk-notification-banner").ShouldContain("Child seen recorded");
    }

    [Fact]
    public async Task Post_SeenBeforeTheEnquiryStarted_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id, enquiry!.Id), Fields(day: "28"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["The date the child was seen cannot be before the enquiry started, 29 October 2026"]);
        page.InputValue("SeenOn.Day").ShouldBe("28");
        page.Text("#NotAloneReason").ShouldBe("Mother would not leave the room");
        (await factory.EnquiriesOfAsync(child.Id)).ShouldHaveSingleItem().ChildSeen.ShouldBeNull();
    }

    [Fact]
    public async Task Post_NotSeenWithoutAReason_AsksWhy()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id, enquiry!.Id), Fields(seen: "not-seen", day: ""));

        (await response.ShouldShowPageAsync()).Text("#NotSeenReason-error").ShouldContain("Enter why the child was not seen");
    }

    [Fact]
    public async Task Post_SomeoneElseChangedItMeanwhile_SaysSoAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);
        var fields = Fields();
        fields["Version"] = Guid.CreateVersion7().ToString();

        using var response = await client.SubmitFormAsync(Url(child.Id, enquiry!.Id), fields);

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain(
            "Someone else changed this section 47 enquiry while you were editing it. Check what it now says, then try again.");
        (await factory.EnquiriesOfAsync(child.Id)).ShouldHaveSingleItem().ChildSeen.ShouldBeNull();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, enquiry!.Id), Fields(), tokenFrom: $"/children/{child.Id}/child-protection");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/child-seen", StringComparison.Ordinal));
    }
}
