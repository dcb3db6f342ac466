using System.Net;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Referrals;

public sealed class NewTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/referrals/new";

    private static Dictionary<string, string> Fields(string day = "30", string month = "10", string source = "2A", string need = "N4") => new()
    {
        ["ReferralDate.Day"] = day,
        ["ReferralDate.Month"] = month,
        ["ReferralDate.Year"] = "2026",
        ["SourceCode"] = source,
        ["PrimaryNeedCode"] = need,
    };

    [Fact]
    public async Task Get_Form_OffersTheCensusSourcesAndPrimaryNeeds()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("select[name=SourceCode] option").Skip(1).Select(o => o.GetAttribute("value")).ShouldBe(ReferralSource.All.Select(s => s.Code));
        page.QuerySelectorAll("select[name=PrimaryNeedCode] option").Select(o => o.GetAttribute("value")).ShouldContain("N9");
        page.InputValue("ReferralDate.Day").ShouldBe("2");
    }

    [Fact]
    public async Task Post_Valid_OpensAnEpisodeWithAChangeRecord()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/children/{child.Id}/referrals");
        var episode = (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem();
        episode.ReferralDate.ShouldBe(new DateOnly(2026, 10, 30));
        episode.Source.Code.ShouldBe("2A");
        episode.PrimaryNeed.Code.ShouldBe("N4");
        episode.IsOpen.ShouldBeTrue();
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Reason.ShouldBe("Referral recorded");
        change.Fields.ShouldContain(f => f.Field == "Referral date" && f.Before == null && f.After == "2026-10-30");
        var list = await client.GetPageAsync($"/children/{child.Id}/referrals");
        list.Text(".govuk-notification-banner").ShouldContain("Referral recorded");
    }

    [Fact]
    public async Task Post_NoPrimaryNeedAndFutureDate_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields(need: ""));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain("Select the child's primary need");
        page.Text("#PrimaryNeedCode-error").ShouldContain("Select the child's primary need");
        page.QuerySelector("select[name=SourceCode] option[selected]")!.GetAttribute("value").ShouldBe("2A");
        page.InputValue("ReferralDate.Day").ShouldBe("30");

        using var future = await client.SubmitFormAsync(Url(child.Id), Fields(day: "10", month: "11"));
        (await future.ShouldShowPageAsync()).Text("#ReferralDate-error").ShouldContain("The referral date cannot be in the future");
        (await factory.EpisodesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ChildHasAnOpenEpisode_IsRefusedWithTheRule()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 9, 1));

        using var response = await client.SubmitFormAsync(Url(child.Id), Fields());

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldContain("The child already has an open child in need episode. Close it before recording a new referral");
        (await factory.EpisodesOfAsync(child.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id), Fields(), tokenFrom: $"/children/{child.Id}/referrals");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.EpisodesOfAsync(child.Id)).ShouldBeEmpty();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/referrals/new", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);
    }
}
