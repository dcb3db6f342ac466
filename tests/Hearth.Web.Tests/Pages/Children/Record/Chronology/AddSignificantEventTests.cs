using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Visits;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Chronology;

public sealed class AddSignificantEventTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/chronology/significant-events/new";

    private static Dictionary<string, string> Fields(string what = "Father arrested for assault", string month = "10") => new()
    {
        ["OccurredOn.Day"] = "14",
        ["OccurredOn.Month"] = month,
        ["OccurredOn.Year"] = "2026",
        ["What"] = what,
        ["Source"] = "Police notification",
    };

    private async Task<List<SignificantEvent>> EventsOfAsync(Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<SignificantEvent>().AsNoTracking().Where(e => e.ChildId == childId).ToListAsync();
    }

    [Fact]
    public async Task Post_Valid_AddsTheEventWithAChangeRecordAndShowsItInTheChronology()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/chronology");
        var added = (await EventsOfAsync(child.Id)).ShouldHaveSingleItem();
        (added.OccurredOn, added.What, added.Source).ShouldBe((new DateOnly(2026, 10, 14), "Father arrested for assault", "Police notification"));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Significant event added to the chronology");
        change.Fields.ShouldContain(f => f.Field == "What happened" && f.Before == null && f.After == "Father arrested for assault");
        var chronology = await client.GetPageAsync($"/children/{child.Id}/chronology");
        chronology.Text(".govuk-notification-banner").ShouldContain("Significant event added to the chronology");
        chronology.Text($"#entry-{added.Id}").ShouldContain("Father arrested for assault");
    }

    [Fact]
    public async Task Post_NothingHappened_AsksWhatAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(what: " "));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter what happened"]);
        page.Text("#What-error").ShouldContain("Enter what happened");
        page.InputValue("Source").ShouldBe("Police notification");
        (await EventsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_InTheFuture_ShowsTheRuleAgainstTheDate()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(month: "12"));

        (await response.ShouldShowPageAsync()).Text("#OccurredOn-error").ShouldContain("The date of the event cannot be in the future");
        (await EventsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync(Url(child.Id), Fields(), tokenFrom: $"/children/{child.Id}/chronology");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await EventsOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();

        (await factory.SignInLocationAsync(Url(child.Id))).ShouldBe("/sign-in");
    }
}
