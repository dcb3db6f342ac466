using System.Net;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

public sealed class RecordCoreGroupTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(ChildProtectionPlan plan) => $"{ChildProtectionPlanPages.PlanUrl(plan)}/core-groups/new";

    [Fact]
    public async Task Post_DateAttendeesAndNotes_RecordsTheMeeting()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(
            Url(plan), new Dictionary<string, string> { ["Notes"] = "Plan developed" }.Date("HeldOn", new DateOnly(2026, 10, 14)).WithAttendees());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var meeting = (await factory.PlanOfAsync(child.Id))!.CoreGroups.ShouldHaveSingleItem();
        meeting.HeldOn.ShouldBe(new DateOnly(2026, 10, 14));
        meeting.Notes.ShouldBe("Plan developed");
        meeting.Attendees.Count.ShouldBe(3);
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Core group meeting recorded");
        change.Fields.ShouldContain(f => f.Field == "Date of meeting" && f.Before == null && f.After == "2026-10-14");
    }

    [Fact]
    public async Task Post_NoAttendees_AsksWhoAttendedAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string> { ["Notes"] = "Plan developed" }.Date("HeldOn", new DateOnly(2026, 10, 14)));

        var page = await response.ShouldShowPageAsync();
        page.Text("#Attendees_0__Name-error").ShouldContain("Add who attended the core group meeting");
        page.ValueOf("#Notes").ShouldBe("Plan developed");
        (await factory.PlanOfAsync(child.Id))!.CoreGroups.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_BeforeThePlan_ShowsTheRule()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(plan), new Dictionary<string, string>().Date("HeldOn", new DateOnly(2026, 9, 30)).WithAttendees());

        (await response.ShouldShowPageAsync()).Text("#HeldOn-error").ShouldContain("The date of the core group meeting cannot be before the plan started, 1 October 2026");
    }

    [Fact]
    public async Task Post_AddAnotherAttendee_ShowsAnotherRow()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var plan = await factory.AddPlanAsync(child.Id);

        using var response = await client.SubmitFormAsync(
            Url(plan), new Dictionary<string, string> { ["AttendeeCommand"] = "add", ["Attendees[0].Name"] = "Dee Chair" });

        var page = await response.ShouldShowPageAsync();
        page.InputValue("Attendees[0].Name").ShouldBe("Dee Chair");
        page.QuerySelector("input[name='Attendees[1].Name']").ShouldNotBeNull();
        (await factory.PlanOfAsync(child.Id))!.CoreGroups.ShouldBeEmpty();
    }
}
