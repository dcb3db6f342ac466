using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class Section47OutcomeTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid enquiryId) => $"/children/{childId}/section-47-enquiries/{enquiryId}/outcome";

    private static Dictionary<string, string> Fields(string substantiated = "yes", string outcome = "InitialChildProtectionConference") => new()
    {
        ["Substantiated"] = substantiated,
        ["Outcome"] = outcome,
        ["Reasons"] = "Injuries consistent with the disclosure",
        ["CompletedOn.Day"] = "2",
        ["CompletedOn.Month"] = "11",
        ["CompletedOn.Year"] = "2026",
    };

    private async Task<(HearthClient Client, Guid ChildId, Guid EnquiryId)> SeenEnquiryAsync()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);
        await factory.Data.RecordEnquiryProgressAsync(factory.Database.CreateContext, enquiry!.Id, new DateOnly(2026, 10, 30));
        return (client, child.Id, enquiry.Id);
    }

    [Fact]
    public async Task Get_ChildSeenNotRecorded_AsksForItFirst()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id, enquiry!.Id));

        page.Text(".govuk-inset-text").ShouldContain("Record whether the child was seen before recording the outcome");
        page.QuerySelector("input[name=Reasons], textarea[name=Reasons]").ShouldBeNull();
    }

    [Fact]
    public async Task Post_ConferenceNeeded_RecordsTheOutcomeAndKeepsTheConferenceDue()
    {
        var (client, childId, enquiryId) = await SeenEnquiryAsync();

        using var response = await client.SubmitFormAsync(Url(childId, enquiryId), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.EnquiriesOfAsync(childId)).ShouldHaveSingleItem();
        saved.Outcome.ShouldBe(Section47Outcome.InitialChildProtectionConference);
        saved.ConcernsSubstantiated.ShouldBe(true);
        saved.CompletedOn.ShouldBe(new DateOnly(2026, 11, 2));
        saved.IsOngoing.ShouldBeTrue();
        var change = (await factory.ChangesOfAsync(childId)).Where(c => c.Summary.StartsWith("Section 47 enquiry outcome", StringComparison.Ordinal)).ShouldHaveSingleItem();
        change.Reason.ShouldBe("Section 47 enquiry outcome");
        change.Fields.ShouldContain(f => f.Field == "Outcome" && f.Before == null && f.After == "Initial child protection conference needed");
        var page = await client.GetPageAsync(response.Headers.Location!.ToString());
        page.Text(".govuk-notification-banner").ShouldContain("Outcome recorded: Initial child protection conference needed");
        page.Text(".govuk-summary-list").ShouldContain("Due 19 November 2026");
    }

    [Fact]
    public async Task Post_ConferenceWithoutSubstantiatedConcerns_ShowsTheRuleKeepsInputAndSavesNothing()
    {
        var (client, childId, enquiryId) = await SeenEnquiryAsync();

        using var response = await client.SubmitFormAsync(Url(childId, enquiryId), Fields(substantiated: "no"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#Outcome-error").ShouldContain("An initial child protection conference follows only when concerns of significant harm are substantiated");
        page.QuerySelector("input[name=Substantiated][value=no]")!.HasAttribute("checked").ShouldBeTrue();
        page.Text("#Reasons").ShouldBe("Injuries consistent with the disclosure");
        (await factory.EnquiriesOfAsync(childId)).ShouldHaveSingleItem().Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task Post_NothingChosen_AsksForEachAnswer()
    {
        var (client, childId, enquiryId) = await SeenEnquiryAsync();

        using var response = await client.SubmitFormAsync(Url(childId, enquiryId), Fields(substantiated: "", outcome: ""));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldBe(["Select whether the concerns were substantiated", "Select the outcome of the enquiry"]);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, enquiry!.Id), Fields(), tokenFrom: $"/children/{child.Id}/child-protection");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/outcome", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var (_, enquiry) = await factory.DiscussionAsync(child.Id);

        await client.GetPageAsync(Url(child.Id, enquiry!.Id), HttpStatusCode.Forbidden);
    }
}
