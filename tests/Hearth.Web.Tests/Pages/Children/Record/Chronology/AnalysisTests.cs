using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Chronology;

public sealed class AnalysisTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/chronology/analysis";

    private async Task<List<ChronologyAnalysis>> AnalysesOfAsync(Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChronologyAnalysis>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync();
    }

    [Fact]
    public async Task Get_EarlierAnalysis_FillsTheFormWithItAndShowsTheHistory()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.WriteChronologyAnalysisAsync(factory.Database, child.Id, "First view");
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await factory.Data.WriteChronologyAnalysisAsync(factory.Database, child.Id, "Second view");

        var page = await client.GetPageAsync(Url(child.Id));

        page.ValueOf("textarea[name=Text]").ShouldBe("Second view");
        var items = page.QuerySelectorAll(".moj-timeline__item").Select(i => i.TextContent).ToList();
        items.Count.ShouldBe(2);
        items[0].ShouldContain("Current analysis");
        items[0].ShouldContain("Second view");
        items[1].ShouldContain("First view");
    }

    [Fact]
    public async Task Post_NewAnalysis_SavesItSignedWithBeforeAndAfter()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.WriteChronologyAnalysisAsync(factory.Database, child.Id, "First view");
        factory.Clock.Advance(TimeSpan.FromSeconds(1));

        using var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string> { ["Text"] = "A pattern of neglect since 2024" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var latest = (await AnalysesOfAsync(child.Id)).MaxBy(a => a.WrittenAt)!;
        latest.Text.ShouldBe("A pattern of neglect since 2024");
        latest.AuthorAccountId.ShouldBe(account.Id);
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Summary.ShouldBe("Chronology analysis updated");
        change.Fields.ShouldContain(f => f.Before == "First view" && f.After == "A pattern of neglect since 2024");
    }

    [Fact]
    public async Task Post_Empty_AsksForTheAnalysis()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();

        using var response = await client.SubmitFormAsync(Url(child.Id), new Dictionary<string, string> { ["Text"] = "" });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Enter your analysis of the chronology"]);
        page.Text("#Text-error").ShouldContain("Enter your analysis of the chronology");
        (await AnalysesOfAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_SomeoneWroteOneMeanwhile_KeepsInputAndSavesNothing()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        var page = await client.GetPageAsync(Url(child.Id));
        await factory.Data.WriteChronologyAnalysisAsync(factory.Database, child.Id, "Theirs");

        using var response = await client.PostAsync(Url(child.Id), new Dictionary<string, string> { ["Text"] = "Mine", ["CurrentId"] = page.InputValue("CurrentId") ?? "" }, tokenFrom: Url(child.Id));

        var shown = await response.ShouldShowPageAsync();
        shown.Text("#Text-error").ShouldContain("wrote a new analysis while you were editing");
        shown.ValueOf("textarea[name=Text]").ShouldBe("Mine");
        (await AnalysesOfAsync(child.Id)).Select(a => a.Text).ShouldBe(["Theirs"]);
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, account) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        using var response = await client.PostAsync(Url(child.Id), new Dictionary<string, string> { ["Text"] = "x" }, tokenFrom: $"/children/{child.Id}/chronology");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
    }
}
