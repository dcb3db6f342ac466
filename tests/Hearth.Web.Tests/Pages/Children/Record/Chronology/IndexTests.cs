using System.Net;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Visits;

namespace Hearth.Web.Tests.Pages.Children.Record.Chronology;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/chronology";

    private async Task<(HearthClient Client, UserAccount Account, Guid ChildId, Visit Seen, Visit NotSeen, SignificantEvent Added)> ArrangeAsync()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        var seen = await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.ChildInNeed, new DateOnly(2026, 10, 5));
        var notSeen = await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.ChildInNeed, new DateOnly(2026, 10, 20), childSeen: false, childSeenAlone: false);
        var added = await factory.Data.AddSignificantEventAsync(factory.Database, child.Id, new DateOnly(2026, 9, 1), "Family moved to a refuge", "Mother");
        return (client, account, child.Id, seen, notSeen, added);
    }

    [Fact]
    public async Task Get_Unfiltered_ShowsEveryEventOldestFirstWithLinksToTheirRecords()
    {
        var (client, _, childId, seen, notSeen, added) = await ArrangeAsync();

        var page = await client.GetPageAsync(Url(childId));

        var rows = page.QuerySelectorAll("#chronology tbody tr").ToList();
        rows.Select(r => r.Id).ShouldBe([$"entry-{added.Id}", $"entry-{seen.Id}", $"entry-{notSeen.Id}"]);
        rows[0].TextContent.ShouldContain("1 September 2026");
        rows[0].TextContent.ShouldContain("Source: Mother");
        rows[2].TextContent.ShouldContain("Significant");
        rows[1].TextContent.ShouldNotContain("Significant");
        rows[1].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/children/{childId}/visits/{seen.Id}");
        page.QuerySelector($"a[href='{Url(childId)}/significant-events/new']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_SignificantOnly_LeavesOutTheVisitAtWhichTheChildWasSeen()
    {
        var (client, _, childId, seen, _, _) = await ArrangeAsync();

        var page = await client.GetPageAsync($"{Url(childId)}?Filter.SignificantOnly=true");

        page.QuerySelectorAll("#chronology tbody tr").Length.ShouldBe(2);
        page.QuerySelector($"#entry-{seen.Id}").ShouldBeNull();
        page.IsChecked("input[name='Filter.SignificantOnly']").ShouldBeTrue();
        page.QuerySelector($"a[href='{Url(childId)}/print?Filter.SignificantOnly=true']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_OneCategory_ShowsOnlyThatKindAndKeepsItTicked()
    {
        var (client, _, childId, _, _, added) = await ArrangeAsync();

        var page = await client.GetPageAsync($"{Url(childId)}?Filter.Category=SignificantEvent");

        page.QuerySelectorAll("#chronology tbody tr").Select(r => r.Id).ShouldBe([$"entry-{added.Id}"]);
        page.IsChecked("input[name='Filter.Category'][value='SignificantEvent']").ShouldBeTrue();
        page.IsChecked("input[name='Filter.Category'][value='Visit']").ShouldBeFalse();
    }

    [Fact]
    public async Task Get_Chronology_IsLoggedAsAViewOfTheRecord()
    {
        var (client, account, childId, _, _, _) = await ArrangeAsync();

        await client.GetPageAsync(Url(childId));

        (await factory.ViewsOfAsync(childId, account.Id)).ShouldContain(v => v.Allowed && v.Page == Url(childId));
    }

    [Fact]
    public async Task Get_ReadOnlyRole_ReadsButIsNotOfferedToAddEvents()
    {
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AddSignificantEventAsync(factory.Database, child.Id);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.QualityAssuranceOfficer);

        var page = await client.GetPageAsync(Url(child.Id));

        page.QuerySelectorAll("#chronology tbody tr").Length.ShouldBe(1);
        page.QuerySelector($"a[href='{Url(child.Id)}/significant-events/new']").ShouldBeNull();
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndIsLogged()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var child = await factory.Data.CreateChildAsync();

        (await factory.SignInLocationAsync(Url(child.Id))).ShouldBe("/sign-in");
    }
}
