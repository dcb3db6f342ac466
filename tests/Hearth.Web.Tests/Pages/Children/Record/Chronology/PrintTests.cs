using System.Net;
using Hearth.Domain.Recording;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.Chronology;

public sealed class PrintTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId) => $"/children/{childId}/chronology/print";

    [Fact]
    public async Task Get_Filtered_ShowsTheChildTheDatePrintedAndTheFilterWithoutNavigation()
    {
        var (client, account, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.RecordVisitAsync(factory.Database, child.Id, VisitKind.ChildInNeed, new DateOnly(2026, 10, 5));
        var added = await factory.Data.AddSignificantEventAsync(factory.Database, child.Id, new DateOnly(2026, 9, 1));
        await factory.Data.WriteChronologyAnalysisAsync(factory.Database, child.Id, "Moves have unsettled the child");

        var page = await client.GetPageAsync($"{Url(child.Id)}?Filter.SignificantOnly=true");

        page.Text("h1").ShouldBe("Chronology: Jamie Reed");
        var facts = page.Text("#child-facts");
        facts.ShouldContain("14 May 2018");
        facts.ShouldContain(child.LaChildId.Value);
        facts.ShouldContain("2 November 2026 at 10:00");
        page.Text("#filters").ShouldBe("All kinds of event; significant events only");
        page.QuerySelectorAll("#chronology tbody tr").Select(r => r.Id).ShouldBe([$"entry-{added.Id}"]);
        page.Text("#analysis").ShouldContain("Moves have unsettled the child");
        page.QuerySelector(".govuk-service-navigation, .moj-sub-navigation, header").ShouldBeNull();
        page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ShouldContain(h => h!.Contains("chronology-print", StringComparison.Ordinal));
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => v.Allowed && v.Page == Url(child.Id));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403()
    {
        var (client, _, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        using var response = await client.Http.GetAsync(new Uri(Url(child.Id), UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
