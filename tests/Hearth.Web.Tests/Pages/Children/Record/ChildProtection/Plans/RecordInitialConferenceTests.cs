using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class RecordInitialConferenceTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/child-protection-conferences/initial";

    private static Dictionary<string, string> Fields(string outcome = "plan", string category = "EMO") =>
        new Dictionary<string, string> { ["IsQuorate"] = "yes", ["Outcome"] = outcome, ["CategoryCode"] = category }
            .Date("HeldOn", new DateOnly(2026, 10, 30))
            .WithAttendees();

    [Fact]
    public async Task Get_ChildWithOpenEpisode_AsksForTheConference()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text("h2.govuk-heading-l").ShouldBe("Record an initial child protection conference");
        page.QuerySelectorAll("input[name=CategoryCode]").Select(i => i.GetAttribute("value")).ShouldBe(["NEG", "PHY", "SAB", "EMO", "MUL"]);
        page.QuerySelector("input[name='Attendees[0].Name']").ShouldNotBeNull();
        page.QuerySelector("form[novalidate] button[type=submit]")!.HasAttribute("name").ShouldBeFalse("pressing Enter submits the first button, which must save");
    }

    [Fact]
    public async Task Get_UnbornChild_AsksForAPreBirthConference()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync(expectedDateOfBirth: new DateOnly(2027, 1, 20));
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text("h2.govuk-heading-l").ShouldBe("Record a pre-birth initial child protection conference");
    }

    [Fact]
    public async Task Get_NoOpenEpisode_SaysToRecordAReferralFirst()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.Text(".govuk-inset-text").ShouldContain("The child has no open child in need episode");
        page.QuerySelector("form[method=post] input[name=IsQuorate]").ShouldBeNull();
    }

    [Fact]
    public async Task Post_PlanDecided_StartsThePlanAndShowsIt()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = (await factory.PlanOfAsync(child.Id)).ShouldNotBeNull();
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/child-protection-plans/{plan.Id}");
        plan.EpisodeId.ShouldBe(episode.Id);
        plan.StartDate.ShouldBe(new DateOnly(2026, 10, 30));
        plan.InitialCategory.ShouldBe(CategoryOfAbuse.EmotionalAbuse);
        var conference = plan.Conferences.ShouldHaveSingleItem();
        conference.Kind.ShouldBe(ConferenceKind.Initial);
        conference.IsQuorate.ShouldBeTrue();
        conference.Attendees.Select(a => a.Agency).ShouldBe([ConferenceAgency.LocalAuthority, ConferenceAgency.Police, ConferenceAgency.Health], ignoreOrder: true);
        var changes = await factory.ChangesOfAsync(child.Id);
        changes.ShouldAllBe(c => c.ActorId == account.Id);
        changes.Select(c => c.Summary).ShouldBe(["Initial child protection conference recorded", "Child protection plan started"], ignoreOrder: true);
        changes.Single(c => c.Summary == "Child protection plan started").Fields.ShouldContain(f => f.Field == "Initial category of abuse" && f.Before == null && f.After == "Emotional abuse");
        var page = await client.GetPageAsync(response.Headers.Location.OriginalString);
        page.Text(".govuk-notification-banner").ShouldContain("Initial child protection conference recorded: child protection plan started");
    }

    [Fact]
    public async Task Post_NoPlanAfterASection47Enquiry_RecordsTheConferenceOnly()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);
        var enquiryId = Guid.CreateVersion7();

        using var response = await client.SubmitFormAsync($"{Url(child.Id)}?section47EnquiryId={enquiryId}", Fields(outcome: "no-plan", category: ""));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/child-protection-plans");
        (await factory.PlanOfAsync(child.Id)).ShouldBeNull();
        var conference = (await factory.ConferencesOfAsync(child.Id)).ShouldHaveSingleItem();
        conference.Outcome.ShouldBe(ConferenceOutcome.NoPlan);
        conference.Section47EnquiryId.ShouldBe(enquiryId);
    }

    [Fact]
    public async Task Post_NothingChosen_ShowsTheErrorsAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);
        var fields = new Dictionary<string, string> { ["Attendees[0].Name"] = "Dee Chair", ["Attendees[0].Role"] = "", ["Attendees[0].Agency"] = "LocalAuthority" }
            .Date("HeldOn", new DateOnly(2026, 10, 30));

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(
            ["Attendee 1: enter the attendee's role", "Select whether the conference was quorate", "Select the outcome of the conference"],
            ignoreOrder: true);
        page.Text("#Attendees_0__Role-error").ShouldContain("Attendee 1: enter the attendee's role");
        page.InputValue("Attendees[0].Name").ShouldBe("Dee Chair");
        page.InputValue("HeldOn.Day").ShouldBe("30");
        (await factory.ConferencesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_QuorateWithoutThreeAgencies_ShowsTheRule()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);
        var fields = Fields();
        fields["Attendees[2].Agency"] = "Police";

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.Text("#IsQuorate-error").ShouldContain("The conference was not quorate: it needs the local authority and at least two other agencies");
        (await factory.ConferencesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_PlanWithoutCategory_AsksForIt()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(category: ""));

        (await response.ShouldShowPageAsync()).Text("#CategoryCode-error").ShouldContain("Select the initial category of abuse");
        (await factory.ConferencesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_AddAnotherAttendee_ShowsAnEmptyRowAndKeepsTheRest()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);
        var fields = Fields();
        fields["AttendeeCommand"] = "add";

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBeEmpty();
        page.InputValue("Attendees[2].Name").ShouldBe("Ann Lee");
        page.InputValue("Attendees[3].Name").ShouldBe(string.Empty);
        (await factory.ConferencesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_RemoveAttendee_TakesOutThatRow()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id);
        var fields = Fields();
        fields["AttendeeCommand"] = "remove-1";

        using var response = await client.SubmitFormAsync(Url(child.Id), fields);

        var page = await response.ShouldShowPageAsync();
        page.InputValue("Attendees[0].Name").ShouldBe("Dee Chair");
        page.InputValue("Attendees[1].Name").ShouldBe("Ann Lee");
        page.QuerySelector("input[name='Attendees[2].Name']").ShouldBeNull();
    }

    [Fact]
    public async Task Post_ChildAlreadyOnAPlan_IsRefused()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.AddPlanAsync(child.Id);

        using var response = await client.PostAsync(Url(child.Id), Fields(), tokenFrom: $"/children/{child.Id}/child-protection-plans");

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("The child is already the subject of a child protection plan. Record a review conference instead");
        (await factory.ConferencesOfAsync(child.Id)).ShouldHaveSingleItem();
    }
}
