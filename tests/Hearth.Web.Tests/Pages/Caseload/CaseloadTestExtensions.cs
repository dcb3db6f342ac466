using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Caseload;

/// <summary>What the caseload, team, allocation, warnings and access log page tests share.</summary>
internal static class CaseloadTestExtensions
{
    public static async Task<(HearthClient Client, UserAccount Account, Worker Worker)> SignInAsWorkerAsync(
        this HearthWebFactory factory, Role role, Team team, string givenName = "Priya", string familyName = "Shah")
    {
        var worker = await factory.Data.CreateWorkerAsync(team, role, givenName, familyName);
        var account = await factory.Data.CreateUserAsync(role, worker);
        return (await factory.SignInAsync(account), account, worker);
    }

    public static async Task<T> QueryAsync<T>(this HearthWebFactory factory, Func<HearthDbContext, Task<T>> query)
    {
        await using var db = factory.Database.CreateContext();
        return await query(db);
    }

    public static Task<List<RecordView>> ViewsOfAsync(this HearthWebFactory factory, Guid childId, Guid userId) =>
        factory.QueryAsync(db => db.RecordViews.Where(v => v.ChildId == childId && v.UserId == userId).ToListAsync());

    public static Task<List<ChangeRecord>> ChangesOfAsync(this HearthWebFactory factory, Guid childId) =>
        factory.QueryAsync(db => db.ChangeRecords.Where(c => c.ChildId == childId && c.ActorName != "Test data").ToListAsync());

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");

    public static string? InputValue(this IHtmlDocument page, string name) =>
        page.QuerySelector<IHtmlInputElement>($"input[name='{name}']")?.Value;

    public static IReadOnlyList<string> ErrorSummary(this IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static async Task<IHtmlDocument> ShouldShowPageAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected);
        return await HearthClient.ParseAsync(response);
    }
}
