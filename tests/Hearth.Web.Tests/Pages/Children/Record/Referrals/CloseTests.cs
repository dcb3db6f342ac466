using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Referrals;

public sealed class CloseTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid episodeId) => $"/children/{childId}/referrals/{episodeId}/close";

    private static Dictionary<string, string> Fields(string day = "1", string reason = "RC5") => new()
    {
        ["ClosureDate.Day"] = day,
        ["ClosureDate.Month"] = "11",
        ["ClosureDate.Year"] = "2026",
        ["ReasonCode"] = reason,
    };

    [Fact]
    public async Task Get_OpenEpisode_ShowsItAndTheCensusReasons()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 9, 1));

        var page = await client.GetPageAsync(Url(child.Id, episode.Id));

        page.Text(".govuk-summary-list").ShouldContain("1 September 2026");
        page.QuerySelectorAll("select[name=ReasonCode] option").Select(o => o.GetAttribute("value")).ShouldContain("RC8");
    }

    [Fact]
    public async Task Post_ChildProtectionPlanStillOpen_IsRefusedAndTheEpisodeStaysOpen()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.CreateChildProtectionPlanAsync(factory.Database.CreateContext, child.Id, new DateOnly(2026, 10, 1));

        var episode = (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem();
        var form = await client.GetPageAsync(Url(child.Id, episode.Id));
        using var response = await client.SubmitFormAsync(Url(child.Id, episode.Id), Fields());

        form.Text(".govuk-warning-text").ShouldContain("End the child protection plan before closing this episode");
        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["End the child protection plan first: an episode can only close when its plans have ended"]);
        page.QuerySelector("select[name=ReasonCode] option[selected]")!.GetAttribute("value").ShouldBe("RC5");
        (await factory.EpisodesOfAsync(child.Id)).Single().IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_Valid_ClosesTheEpisodeWithAChangeRecord()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 9, 1));

        using var response = await client.SubmitFormAsync(Url(child.Id, episode.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem();
        saved.ClosureDate.ShouldBe(new DateOnly(2026, 11, 1));
        saved.ClosureReason!.Code.ShouldBe("RC5");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Child in need episode closed");
        change.Fields.ShouldContain(f => f.Field == "Status" && f.Before == "Open" && f.After == "Closed");
        change.Fields.ShouldContain(f => f.Field == "Reason for closure" && f.Before == null && f.After == "Transferred to services of another local authority");
    }

    [Fact]
    public async Task Post_DateBeforeTheReferral_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 20));

        using var response = await client.SubmitFormAsync(Url(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["ClosureDate.Day"] = "19",
            ["ClosureDate.Month"] = "10",
            ["ClosureDate.Year"] = "2026",
            ["ReasonCode"] = "RC7",
        });

        var page = await response.ShouldShowPageAsync();
        page.Text("#ClosureDate-error").ShouldContain("The closure date cannot be before the referral date, 20 October 2026");
        page.InputValue("ClosureDate.Day").ShouldBe("19");
        page.QuerySelector("select[name=ReasonCode] option[selected]")!.GetAttribute("value").ShouldBe("RC7");
        (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_NoReason_AsksForOne()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 20));

        using var response = await client.SubmitFormAsync(Url(child.Id, episode.Id), Fields(reason: ""));

        (await response.ShouldShowPageAsync()).Text("#ReasonCode-error").ShouldContain("Select the reason the episode closed");
        (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 20));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, episode.Id), Fields(), tokenFrom: $"/children/{child.Id}/referrals");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/close", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 20));

        await client.GetPageAsync(Url(child.Id, episode.Id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_EpisodeOfAnotherChild_IsNotFound()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var other = await factory.Data.CreateChildAsync();
        var episode = await factory.AddEpisodeAsync(other.Id, new DateOnly(2026, 10, 20));

        await client.GetPageAsync(Url(child.Id, episode.Id), HttpStatusCode.NotFound);
    }
}
