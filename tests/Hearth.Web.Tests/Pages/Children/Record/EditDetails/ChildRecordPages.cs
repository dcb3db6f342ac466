using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record;

/// <summary>The people, children and form handling that the tests of pages under a child's record share.</summary>
internal static class ChildRecordPages
{
    /// <summary>A child allocated to a team, and a signed-in social worker of that team.</summary>
    public static async Task<(HearthClient Client, UserAccount Account, Child Child, Team Team)> SignInWithAllocatedChildAsync(
        this HearthWebFactory factory, Action<Child>? configure = null, DateOnly? expectedDateOfBirth = null)
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync(expectedDateOfBirth: expectedDateOfBirth, configure: configure);
        var worker = await factory.Data.CreateWorkerAsync(team);
        await factory.Data.AllocateAsync(child, worker, team);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        return (client, account, child, team);
    }

    /// <summary>A child allocated to one team and a signed-in social worker of another.</summary>
    public static async Task<(HearthClient Client, UserAccount Account, Child Child)> SignInAsOtherTeamAsync(this HearthWebFactory factory)
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, await factory.Data.CreateWorkerAsync(team), team);
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync("Children in need West"));
        return (client, account, child);
    }

    /// <summary>A restricted child naming one account, and a signed-in team manager who is not named.</summary>
    public static async Task<(HearthClient Client, UserAccount Account, Child Child)> SignInNotNamedOnRestrictedRecordAsync(this HearthWebFactory factory)
    {
        var named = await factory.Data.CreateUserAsync(Role.SeniorLeader);
        var child = await factory.Data.CreateChildAsync(configure: c => c.Restrict("Child of a member of staff", [named.Id], factory.Data.Change()));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.TeamManager, await factory.Data.CreateTeamAsync());
        return (client, account, child);
    }

    public static async Task<Child> LoadChildAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
    }

    public static async Task<List<ChangeRecord>> ChangeRecordsAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return (await db.ChangeRecords.AsNoTracking().Where(r => r.ChildId == childId).ToListAsync()).OrderBy(r => r.OccurredAt).ToList();
    }

    public static async Task<List<RecordView>> RecordViewsAsync(this HearthWebFactory factory, Guid childId, Guid userId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.RecordViews.AsNoTracking().Where(v => v.ChildId == childId && v.UserId == userId).ToListAsync();
    }

    public static async Task UpdateChildAsync(this HearthWebFactory factory, Guid childId, Action<Child> change)
    {
        await using var db = factory.Database.CreateContext();
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        change(child);
        await db.SaveChangesAsync();
    }

    /// <summary>Every value the page's form would post as it stands: text, hidden fields, ticked boxes, chosen options.</summary>
    public static async Task<List<KeyValuePair<string, string>>> ReadFormAsync(this HearthClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        var form = page.Forms.First(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
            && f.GetAttribute("action") is not ("/sign-out" or "/account/keep-alive"));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } choice when choice.IsChecked:
                    fields.Add(new(choice.Name!, choice.Value));
                    break;
                case IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit") } input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(textarea.Name!, textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The fields with one field's values replaced (several values for checkboxes; none to clear them).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, params string[] values) =>
        [.. fields.Where(f => f.Key != name), .. values.Select(v => new KeyValuePair<string, string>(name, v))];

    public static async Task<HttpResponseMessage> PostFormAsync(this HearthClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The value of the input, textarea or select the selector finds; null when there is none.</summary>
    public static string? ValueOf(this IParentNode page, string selector) => page.QuerySelector(selector) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement textarea => textarea.Value,
        IHtmlSelectElement select => select.Value,
        _ => null,
    };

    public static bool IsChecked(this IParentNode page, string selector) => page.QuerySelector(selector) is IHtmlInputElement { IsChecked: true };
}
