using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Referrals;

public sealed class NoFurtherActionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid episodeId) => $"/children/{childId}/referrals/{episodeId}/no-further-action";

    private static Dictionary<string, string> Fields(string day, string month = "11") => new()
    {
        ["DecidedOn.Day"] = day,
        ["DecidedOn.Month"] = month,
        ["DecidedOn.Year"] = "2026",
    };

    [Fact]
    public async Task Post_Valid_ClosesAsNoFurtherActionWithAChangeRecord()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 28));

        using var response = await client.SubmitFormAsync(Url(child.Id, episode.Id), Fields("2"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem();
        saved.IsReferralNoFurtherAction.ShouldBeTrue();
        saved.ClosureReason!.Code.ShouldBe("RC8");
        saved.ClosureDate.ShouldBe(new DateOnly(2026, 11, 2));
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Summary.ShouldBe("Referral ended with no further action");
        change.Fields.ShouldContain(f => f.Field == "Referral no further action" && f.Before == "No" && f.After == "Yes");
        var list = await client.GetPageAsync($"/children/{child.Id}/referrals");
        list.Text("tbody").ShouldContain("(referral no further action)");
    }

    [Fact]
    public async Task Post_DateBeforeTheReferral_ShowsTheRuleKeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 28));

        using var response = await client.SubmitFormAsync(Url(child.Id, episode.Id), Fields("27", "10"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#DecidedOn-error").ShouldContain("The date of the decision cannot be before the referral date, 28 October 2026");
        page.InputValue("DecidedOn.Day").ShouldBe("27");
        (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 28));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id, episode.Id), Fields("2"), tokenFrom: $"/children/{child.Id}/referrals");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.EpisodesOfAsync(child.Id)).ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/no-further-action", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();
        var episode = await factory.AddEpisodeAsync(child.Id, new DateOnly(2026, 10, 28));

        await client.GetPageAsync(Url(child.Id, episode.Id), HttpStatusCode.Forbidden);
    }
}
