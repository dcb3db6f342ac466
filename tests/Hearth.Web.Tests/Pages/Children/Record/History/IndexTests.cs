using System.Net;
using Hearth.Domain.Audit;
using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Children.Record.History;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static readonly Guid AlexId = Guid.CreateVersion7();
    private static readonly Guid SamId = Guid.CreateVersion7();

    private static string Url(Guid childId) => $"/children/{childId}/history";

    private async Task AddChangeAsync(Guid childId, Guid actorId, string actorName, DateTimeOffset at, string summary, string? reason = null, params FieldChange[] fields)
    {
        await using var db = factory.Database.CreateContext();
        db.ChangeRecords.Add(new ChangeRecord(childId, "Child", childId, summary, new ChangeContext(actorId, actorName, at, reason), fields));
        await db.SaveChangesAsync();
    }

    /// <summary>An unallocated child, whose only change so far is being registered, and a social worker who can see them.</summary>
    private async Task<(HearthClient Client, Hearth.Domain.Children.Child Child)> SignInWithUnallocatedChildAsync()
    {
        var child = await factory.Data.CreateChildAsync();
        var (client, _) = await factory.SignInAsNewUserAsync(Hearth.Domain.Workforce.Role.SocialWorker, await factory.Data.CreateTeamAsync());
        return (client, child);
    }

    [Fact]
    public async Task Get_ShowsEveryChangeNewestFirstWithWhoWhenWhyAndEachValue()
    {
        var (client, child) = await SignInWithUnallocatedChildAsync();
        await AddChangeAsync(child.Id, AlexId, "Alex Brown", new DateTimeOffset(2026, 7, 1, 13, 30, 0, TimeSpan.Zero), "Child's details changed",
            "Spelling corrected", new FieldChange("Family name", "Read", "Reed"), new FieldChange("First language", null, "Polish"));
        await AddChangeAsync(child.Id, SamId, "Sam Green", new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), "Death recorded",
            fields: new FieldChange("Date of death", null, "2026-08-30"));

        var page = await client.GetPageAsync(Url(child.Id));

        var items = page.QuerySelectorAll(".moj-timeline__item");
        items.Select(i => i.QuerySelector(".moj-timeline__title")!.TextContent).ShouldBe(["Child registered", "Death recorded", "Child's details changed"]);
        items[0].QuerySelector("time")!.TextContent.ShouldBe("2 November 2026 at 10am");
        var edit = items[2];
        edit.QuerySelector(".moj-timeline__byline")!.TextContent.ShouldBe("by Alex Brown");
        edit.QuerySelector("time")!.TextContent.ShouldBe("1 July 2026 at 2:30pm");
        edit.TextContent.ShouldContain("Spelling corrected");
        var rows = edit.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        rows.ShouldBe(["Family name|Read|Reed", "First language|Not recorded|Polish"]);
        items[1].QuerySelector("tbody tr")!.TextContent.ShouldContain("30 August 2026");
    }

    [Fact]
    public async Task Get_FilteredByWho_ShowsOnlyTheirChangesAndOffersEveryoneWhoChangedTheRecord()
    {
        var (client, child) = await SignInWithUnallocatedChildAsync();
        await AddChangeAsync(child.Id, AlexId, "Alex Brown", new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), "Alias added");
        await AddChangeAsync(child.Id, SamId, "Sam Green", new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero), "Warning added");

        var page = await client.GetPageAsync($"{Url(child.Id)}?Who={SamId}");

        page.QuerySelectorAll("#Who option").Select(o => o.TextContent.Trim()).ShouldBe(["Anyone", "Alex Brown", "Sam Green", "Test data"]);
        page.ValueOf("#Who").ShouldBe(SamId.ToString());
        page.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent).ShouldBe(["Warning added"]);
    }

    [Fact]
    public async Task Get_FilteredByDates_UsesLondonDaysInclusive()
    {
        var (client, child) = await SignInWithUnallocatedChildAsync();
        await AddChangeAsync(child.Id, AlexId, "Alex Brown", new DateTimeOffset(2026, 8, 31, 22, 30, 0, TimeSpan.Zero), "Late on 31 August");
        await AddChangeAsync(child.Id, AlexId, "Alex Brown", new DateTimeOffset(2026, 8, 31, 23, 30, 0, TimeSpan.Zero), "Just after midnight on 1 September");
        await AddChangeAsync(child.Id, AlexId, "Alex Brown", new DateTimeOffset(2026, 9, 30, 22, 59, 0, TimeSpan.Zero), "Last minute of 30 September");
        await AddChangeAsync(child.Id, AlexId, "Alex Brown", new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero), "First minute of 1 October");

        var page = await client.GetPageAsync($"{Url(child.Id)}?From.Day=1&From.Month=9&From.Year=2026&To.Day=30&To.Month=9&To.Year=2026");

        page.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent)
            .ShouldBe(["Last minute of 30 September", "Just after midnight on 1 September"]);
        page.ValueOf("#From-day").ShouldBe("1");
    }

    [Fact]
    public async Task Get_FromAfterTo_ShowsAnErrorAndKeepsTheDates()
    {
        var (client, child) = await SignInWithUnallocatedChildAsync();

        var page = await client.GetPageAsync($"{Url(child.Id)}?From.Day=30&From.Month=9&From.Year=2026&To.Day=1&To.Month=9&To.Year=2026");

        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Date to must be the same as or after date from");
        page.QuerySelector("#To-error").ShouldNotBeNull();
        page.ValueOf("#From-day").ShouldBe("30");
        page.ValueOf("#To-day").ShouldBe("1");
    }

    [Fact]
    public async Task Get_NotARealDate_ShowsTheDateError()
    {
        var (client, child) = await SignInWithUnallocatedChildAsync();

        var page = await client.GetPageAsync($"{Url(child.Id)}?From.Day=31&From.Month=2&From.Year=2026");

        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Date from must be a real date");
    }

    [Fact]
    public async Task Get_ManyChanges_Shows25APageWithPagination()
    {
        var (client, child) = await SignInWithUnallocatedChildAsync();
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= 30; i++)
        {
            await AddChangeAsync(child.Id, AlexId, "Alex Brown", start.AddDays(i), $"Change {i}");
        }

        var first = await client.GetPageAsync(Url(child.Id));
        var second = await client.GetPageAsync($"{Url(child.Id)}?pageNumber=2");

        first.QuerySelectorAll(".moj-timeline__item").Length.ShouldBe(25);
        first.QuerySelector(".moj-timeline__title")!.TextContent.ShouldBe("Child registered");
        first.QuerySelector("#result-count")!.TextContent.ShouldBe("Showing 1 to 25 of 31 changes");
        first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href").ShouldBe($"{Url(child.Id)}?pageNumber=2");
        second.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent).ShouldBe(["Change 6", "Change 5", "Change 4", "Change 3", "Change 2", "Change 1"]);
        second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim().ShouldBe("2");
    }

    [Fact]
    public async Task Get_SocialWorkerOfAnotherTeam_Returns403AndLogsTheRefusal()
    {
        var (client, account, child) = await factory.SignInAsOtherTeamAsync();

        await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page == Url(child.Id));
    }

    [Fact]
    public async Task Get_RestrictedRecordNotNamed_Returns403AndShowsNoHistory()
    {
        var (client, account, child) = await factory.SignInNotNamedOnRestrictedRecordAsync();

        var page = await client.GetPageAsync(Url(child.Id), HttpStatusCode.Forbidden);

        page.QuerySelector(".moj-timeline").ShouldBeNull();
        (await factory.RecordViewsAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed);
    }
}
