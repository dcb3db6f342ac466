using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Enquiries;

public sealed class ReasonableCauseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/child-protection/reasonable-cause";

    private static Dictionary<string, string> Fields(string time = "09:30", string rationale = "Disclosure of being hit with a belt") => new()
    {
        ["DecidedOn.Day"] = "2",
        ["DecidedOn.Month"] = "11",
        ["DecidedOn.Year"] = "2026",
        ["DecidedTime"] = time,
        ["DecidedBy"] = "Sam Lee, team manager",
        ["Rationale"] = rationale,
    };

    [Fact]
    public async Task Get_Form_StartsAtNowWithTheSignedInPerson()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.OpenEpisodeAsync(child.Id);

        var page = await client.GetPageAsync(Url(child.Id));

        page.InputValue("DecidedOn.Day").ShouldBe("2");
        page.InputValue("DecidedTime").ShouldBe("10:00");
        page.InputValue("DecidedBy").ShouldBe(account.DisplayName);
    }

    [Fact]
    public async Task Post_Valid_RecordsTheDecisionAndStartsTheClock()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.OpenEpisodeAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/child-protection");
        var decision = (await factory.DecisionsOfAsync(child.Id)).ShouldHaveSingleItem();
        decision.EpisodeId.ShouldBe(episode.Id);
        decision.DecidedAt.ShouldBe(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));
        decision.DecidedBy.ShouldBe("Sam Lee, team manager");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Reasonable cause to suspect significant harm");
        change.Fields.ShouldContain(f => f.Field == "Rationale" && f.Before == null && f.After == "Disclosure of being hit with a belt");
        var index = await client.GetPageAsync($"/children/{child.Id}/child-protection");
        index.Text(".govuk-notification-banner").ShouldContain("the strategy discussion is due 3 November 2026 at 09:30");
    }

    [Fact]
    public async Task Post_NoRationaleAndABadTime_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.OpenEpisodeAsync(child.Id);

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(time: "25:00"));
        var page = await response.ShouldShowPageAsync();
        page.Text("#DecidedTime-error").ShouldContain("The time of the decision must be a real time, like 14:30");
        page.InputValue("DecidedTime").ShouldBe("25:00");

        using var second = await client.SubmitFormAsync(Url(child.Id), Fields(rationale: " "));
        var again = await second.ShouldShowPageAsync();
        again.ErrorSummary().ShouldContain("Enter why there is reasonable cause to suspect significant harm");
        again.Text("#Rationale-error").ShouldContain("Enter why there is reasonable cause to suspect significant harm");
        again.InputValue("DecidedBy").ShouldBe("Sam Lee, team manager");
        (await factory.DecisionsOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_EarlierDecisionStillAwaitingItsDiscussion_RefusesToRestartTheClock()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.DecisionAsync(child.Id, new DateTimeOffset(2026, 10, 30, 16, 0, 0, TimeSpan.Zero));

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain(
            "A strategy discussion is already due for the decision made on 30 October 2026 at 16:00. Record that strategy discussion: its clock cannot be restarted");
        (await factory.DecisionsOfAsync(child.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_NoOpenEpisode_AsksForAReferral()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("The child has no open child in need episode. Record a referral first");
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.OpenEpisodeAsync(child.Id);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id), Fields(), tokenFrom: $"/children/{child.Id}/child-protection");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.DecisionsOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/reasonable-cause", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }
}
