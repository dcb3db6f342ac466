using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Hearth.TestSupport.Web;

/// <summary>An HTTP client for page tests: GETs parsed as HTML, forms posted with their antiforgery token.</summary>
public sealed class HearthClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode} {response.StatusCode}, expected {(int)expected}. Location: {response.Headers.Location}");
        }

        return await ParseAsync(response);
    }

    /// <summary>
    /// Loads the page, takes the antiforgery token from its first POST form, and posts the fields to the form's
    /// action (the page itself when it has none). Fields not given keep the form's own values where it has them.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(url);
        var form = (formSelector is null
                ? page.Forms.FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && f.QuerySelector("input[name=__RequestVerificationToken]") is not null
                    && f.GetAttribute("action") is not ("/sign-out" or "/account/keep-alive"))
                : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"{url} has no form to submit.");
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
        };
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Where(i => i.Name is { Length: > 0 } name && name != "__RequestVerificationToken" && !fields.ContainsKey(name)))
        {
            values.Add(new(hidden.Name!, hidden.Value));
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : url;
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Posts fields straight to a URL with a token taken from another page, for refused and stale posts.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields, string tokenFrom = "/")
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(tokenFrom);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"{tokenFrom} has no antiforgery token.");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Http.Dispose();
}
