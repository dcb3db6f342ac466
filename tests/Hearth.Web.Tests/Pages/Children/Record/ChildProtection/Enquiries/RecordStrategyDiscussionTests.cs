using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class RecordStrategyDiscussionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/strategy-discussions/new";

    private static Dictionary<string, string> Fields(string outcome = "Section47Enquiry", string healthAgrees = "no", string healthDissent = "Would prefer a single-agency assessment") => new()
    {
        ["HeldOn.Day"] = "2",
        ["HeldOn.Month"] = "11",
        ["HeldOn.Year"] = "2026",
        ["HeldTime"] = "09:45",
        ["Format"] = "Meeting",
        ["Participants[0].Name"] = "Priya Shah",
        ["Participants[0].Role"] = "Social worker",
        ["Participants[0].Agency"] = "LocalAuthority",
        ["Participants[1].Name"] = "DC Jo Bloggs",
        ["Participants[1].Role"] = "Detective constable",
        ["Participants[1].Agency"] = "Police",
        ["Participants[2].Name"] = "Dr Ann Hale",
        ["Participants[2].Role"] = "Named GP",
        ["Participants[2].Agency"] = "Health",
        ["Contributions[0].Agency"] = "LocalAuthority",
        ["Contributions[0].Contribution"] = "Two earlier referrals",
        ["Contributions[0].Agrees"] = "yes",
        ["Contributions[1].Agency"] = "Police",
        ["Contributions[1].Contribution"] = "Call-out last month",
        ["Contributions[1].Agrees"] = "yes",
        ["Contributions[2].Agency"] = "Health",
        ["Contributions[2].Contribution"] = "Missed immunisations",
        ["Contributions[2].Agrees"] = healthAgrees,
        ["Contributions[2].DissentReason"] = healthDissent,
        ["Outcome"] = outcome,
        ["Reasons"] = "Unexplained bruising",
        ["Command"] = "save",
    };

    [Fact]
    public async Task Get_DecisionAwaitingDiscussion_ShowsItsClockAndTheCoreAgencies()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.DecisionAsync(child.Id, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text(".govuk-inset-text").ShouldContain("Due 3 November 2026 at 09:00");
        page.QuerySelectorAll("select[name$='.Agency'] option[selected]").Select(o => o.GetAttribute("value")).ShouldBe(["LocalAuthority", "Police", "Health"]);
        page.QuerySelectorAll("input[type=hidden][name$='.Agency']").Select(i => i.GetAttribute("value")).ShouldBe(["LocalAuthority", "Police", "Health"]);
    }

    [Fact]
    public async Task Get_NoDecision_SaysToRecordItFirst()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.OpenEpisodeAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.Body!.TextContent.ShouldContain("Record the decision that there is reasonable cause to suspect significant harm first");
        page.QuerySelector("form[method=post] input[name=HeldTime]").ShouldBeNull();
    }

    [Fact]
    public async Task Post_AddAnotherParticipant_AddsARowKeepingWhatWasTypedAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.DecisionAsync(child.Id, factory.HoursAgo(2));
        var fields = Fields();
        fields["Command"] = "add-participant";
        fields["Participants[2].Agency"] = "Other";
        fields["Participants[2].OtherAgency"] = "Avon Probation";

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBeEmpty();
        page.QuerySelectorAll("input[name$='.Name']").Length.ShouldBe(4);
        page.InputValue("Participants[1].Name").ShouldBe("DC Jo Bloggs");
        page.QuerySelectorAll("input[type=hidden][name$='.Agency']").Select(i => i.GetAttribute("value")).ShouldBe(["LocalAuthority", "Police", "Other:Avon Probation"]);
        page.Text("#Contributions_1__Contribution").ShouldBe("Call-out last month");
        (await factory.DiscussionsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_RemoveParticipant_DropsTheRowAndItsAgency()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.DecisionAsync(child.Id, factory.HoursAgo(2));
        var fields = Fields();
        fields["Command"] = "remove-participant-2";

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.QuerySelectorAll("input[name$='.Name']").Select(i => i.GetAttribute("value")).ShouldBe(["Priya Shah", "DC Jo Bloggs"]);
        page.QuerySelectorAll("input[type=hidden][name$='.Agency']").Select(i => i.GetAttribute("value")).ShouldBe(["LocalAuthority", "Police"]);
    }

    [Fact]
    public async Task Post_ValidWithSection47_SavesOneRecordAndStartsTheEnquiry()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (_, decision) = await factory.DecisionAsync(child.Id, factory.HoursAgo(2));

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var discussion = (await factory.DiscussionsOfAsync(child.Id)).ShouldHaveSingleItem();
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/strategy-discussions/{discussion.Id}");
        discussion.ReasonableCauseId.ShouldBe(decision.Id);
        discussion.HeldAt.ShouldBe(new DateTimeOffset(2026, 11, 2, 9, 45, 0, TimeSpan.Zero));
        discussion.Participants.Count.ShouldBe(3);
        discussion.Dissents.ShouldHaveSingleItem().DissentReason.ShouldBe("Would prefer a single-agency assessment");
        var enquiry = (await factory.EnquiriesOfAsync(child.Id)).ShouldHaveSingleItem();
        enquiry.StrategyDiscussionId.ShouldBe(discussion.Id);
        enquiry.StartDate.ShouldBe(new DateOnly(2026, 11, 2));
        enquiry.InitialConferenceTarget.ShouldBe(new DateOnly(2026, 11, 23));
        var changes = await factory.ChangesOfAsync(child.Id);
        changes.Select(c => c.Summary).ShouldBe(["Strategy discussion recorded", "Section 47 enquiry started"], ignoreOrder: true);
        changes.ShouldAllBe(c => c.ActorId == account.Id && c.Reason == "Strategy discussion");
        changes.Single(c => c.Summary == "Strategy discussion recorded").Fields
            .ShouldContain(f => f.Field == "Health: contribution and view" && f.Before == null && f.After!.Contains("Disagreed: Would prefer a single-agency assessment"));
        var view = await client.GetPageAsync(response.Headers.Location.ToString());
        view.Text(".govuk-notification-banner").ShouldContain("Strategy discussion recorded and section 47 enquiry started");
    }

    [Fact]
    public async Task Post_AfterTheFrontDoorDecidedAnImmediateDiscussion_AnswersTheContactsDecision()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (contact, _) = await factory.Data.ImmediateStrategyDiscussionAsync(factory.Database.CreateContext, child.Id, factory.HoursAgo(3));

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(outcome: "NoSection47Enquiry"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var discussion = (await factory.DiscussionsOfAsync(child.Id)).ShouldHaveSingleItem();
        discussion.ReasonableCauseId.ShouldBe(contact.Id);
        discussion.ReasonableCauseAt.ShouldBe(factory.HoursAgo(3));
        (await factory.EnquiriesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_DissentWithoutReasonAndNoOutcome_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.DecisionAsync(child.Id, factory.HoursAgo(2));

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(outcome: "", healthDissent: ""));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter why health disagreed with the decision", "Select the outcome of the strategy discussion"]);
        page.Text("#Contributions_2__DissentReason-error").ShouldContain("Enter why health disagreed with the decision");
        page.QuerySelector(".govuk-error-summary a[href='#Contributions_2__DissentReason']").ShouldNotBeNull();
        page.Text("#Contributions_2__Contribution").ShouldBe("Missed immunisations");
        page.InputValue("Participants[2].Name").ShouldBe("Dr Ann Hale");
        (await factory.DiscussionsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_OneAgencyOnly_SaysItIsMultiAgency()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.DecisionAsync(child.Id, factory.HoursAgo(2));
        var fields = Fields();
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Participants[1]", StringComparison.Ordinal) || k.StartsWith("Participants[2]", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "";
        }

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["A strategy discussion is multi-agency: add who took part from at least two agencies"]);
        (await factory.DiscussionsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_FurtherDiscussion_FollowsTheEarlierOne()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var (first, _) = await factory.DiscussionAsync(child.Id, StrategyDiscussionOutcome.FurtherStrategyDiscussion);

        using var response = await client.SubmitFormAsync($"{Url(child.Id)}?further={first.Id}", Fields(outcome: "NoSection47Enquiry"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var further = (await factory.DiscussionsOfAsync(child.Id)).Single(d => d.Id != first.Id);
        further.PreviousDiscussionId.ShouldBe(first.Id);
        further.ReasonableCauseId.ShouldBeNull();
        (await factory.EnquiriesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.DecisionAsync(child.Id, factory.HoursAgo(2));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id), Fields(), tokenFrom: $"/children/{child.Id}/child-protection");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.DiscussionsOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/strategy-discussions/new", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }
}
