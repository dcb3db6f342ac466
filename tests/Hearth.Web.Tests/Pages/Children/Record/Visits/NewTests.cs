using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Visits;

public sealed class NewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/visits/new";

    private static Dictionary<string, string> Fields(Guid visitorId, string seen = "seen-alone", string day = "30", string? notSeenReason = null) => new()
    {
        ["Input.Kind"] = nameof(VisitKind.ChildProtection),
        ["Input.VisitedOn.Day"] = day,
        ["Input.VisitedOn.Month"] = "10",
        ["Input.VisitedOn.Year"] = "2026",
        ["Input.VisitorWorkerId"] = visitorId.ToString(),
        ["Input.Seen"] = seen,
        ["Input.NotSeenReason"] = notSeenReason ?? string.Empty,
        ["Input.WishesAndFeelings"] = "I want my dog to live with us",
        ["Input.Observations"] = "Kitchen clean, food in the fridge",
        ["Input.Analysis"] = "Home conditions have improved",
    };

    [Fact]
    public async Task Get_SignedInWorker_DefaultsTheVisitorToThemAndTheDateToToday()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.ValueOf("select[name='Input.VisitorWorkerId']").ShouldBe(account.WorkerId.ToString());
        page.InputValue("Input.VisitedOn.Day").ShouldBe("2");
        page.QuerySelectorAll("select[name='Input.Kind'] option").Length.ShouldBe(Enum.GetValues<VisitKind>().Length + 1);
    }

    [Fact]
    public async Task Post_Valid_SavesTheVisitWithAChangeRecordAndShowsIt()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(account.WorkerId!.Value));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/children/{child.Id}/visits");
        var visit = (await factory.VisitsOfAsync(child.Id)).ShouldHaveSingleItem();
        visit.Kind.ShouldBe(VisitKind.ChildProtection);
        visit.VisitedOn.ShouldBe(new DateOnly(2026, 10, 30));
        visit.VisitorWorkerId.ShouldBe(account.WorkerId);
        visit.ChildSeenAlone.ShouldBeTrue();
        visit.WishesAndFeelings.ShouldBe("I want my dog to live with us");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Visit recorded");
        change.Fields.ShouldContain(f => f.Field == "Child seen alone" && f.Before == null && f.After == "Yes");
        var list = await client.GetPageAsync($"/children/{child.Id}/visits");
        list.Text(".govuk-notification-banner").ShouldContain("Visit recorded");
    }

    [Fact]
    public async Task Post_NotSeenWithoutAReason_AsksWhyAndKeepsInput()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(account.WorkerId!.Value, seen: "not-seen"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter why the child was not seen"]);
        page.Text("#Input_NotSeenReason-error").ShouldContain("Enter why the child was not seen");
        page.IsChecked("input[name='Input.Seen'][value='not-seen']").ShouldBeTrue();
        page.ValueOf("textarea[name='Input.WishesAndFeelings']").ShouldBe("I want my dog to live with us");
        (await factory.VisitsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_NothingChosen_AsksForEachAnswer()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>
        {
            ["Input.Kind"] = "",
            ["Input.VisitedOn.Day"] = "",
            ["Input.VisitedOn.Month"] = "",
            ["Input.VisitedOn.Year"] = "",
            ["Input.VisitorWorkerId"] = "",
        });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select the kind of visit", "Enter the date of the visit", "Select who visited", "Select whether the child was seen"], ignoreOrder: true);
        (await factory.VisitsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_InTheFuture_ShowsTheRuleAgainstTheDate()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string>(Fields(account.WorkerId!.Value)) { ["Input.VisitedOn.Month"] = "12" });

        var page = await response.ShouldShowPageAsync();
        page.Text("#Input_VisitedOn-error").ShouldContain("The date of the visit cannot be in the future");
        page.InputValue("Input.VisitedOn.Month").ShouldBe("12");
        (await factory.VisitsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var worker = await factory.Data.CreateWorkerAsync(await factory.Data.CreateTeamAsync());
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync(Url(child.Id), Fields(worker.Id), tokenFrom: $"/children/{child.Id}/visits");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.VisitsOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/visits/new", StringComparison.Ordinal));
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
