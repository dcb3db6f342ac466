using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Returns.Import;

public sealed class IndexTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private const string Url = "/returns/cin/import";

    [Fact]
    public async Task Get_DataOfficer_ShowsTheUploadFormWithTheYears()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        var page = await client.GetPageAsync(Url);

        page.QuerySelector("h1")!.TextContent.ShouldBe("Import a CIN census");
        var form = page.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']").ShouldNotBeNull();
        form.QuerySelector("input[type=file][name=Upload]").ShouldNotBeNull();
        form.QuerySelectorAll("input[name=Year]").Select(i => i.GetAttribute("value")).ShouldBe(["2025-26", "2024-25"]);
    }

    [Fact]
    public async Task Get_SocialWorker_IsRefused()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);

        var page = await client.GetPageAsync(Url, HttpStatusCode.Forbidden);

        page.QuerySelector("h1")!.TextContent.ShouldBe("You cannot import a CIN census");
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri(Url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    [Fact]
    public async Task Post_ValidFile_ImportsTheChildrenAndShowsTheSummary()
    {
        var (client, account) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var (xml, ids) = UniqueSample();

        using var response = await UploadAsync(client, "previous-system.xml", Encoding.UTF8.GetBytes(xml));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.Database.CreateContext())
        {
            var children = await db.Set<Child>().ToListAsync();
            children.Select(c => c.LaChildId.Value).Where(ids.Contains).Order(StringComparer.Ordinal).ShouldBe(ids.Order(StringComparer.Ordinal));
            var registered = await db.ChangeRecords.Where(r => r.ActorId == account.Id && r.Summary == "Child registered").ToListAsync();
            registered.Count.ShouldBe(ids.Count);
            registered.ShouldAllBe(r => r.Reason!.StartsWith("Imported from the CIN census file previous-system.xml (2025-26)"));
        }

        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector(".govuk-notification-banner")!.TextContent.ShouldContain("previous-system.xml imported");
        var summary = page.QuerySelector("#import-summary")!.TextContent;
        summary.ShouldContain($"{ids.Count} children added");
        summary.ShouldContain(Added(xml, "Section47", "section 47 enquiry added", "section 47 enquiries added"));
        summary.ShouldContain(Added(xml, "ChildProtectionPlans", "child protection plan added", "child protection plans added"));
        summary.ShouldContain(Added(xml, "CPPreviewDate", "review conference added", "review conferences added"));
    }

    [Fact]
    public async Task Post_SameFileAgain_SaysNothingChanged()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var (xml, _) = UniqueSample();
        using (var first = await UploadAsync(client, "census.xml", Encoding.UTF8.GetBytes(xml)))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await client.GetPageAsync(Url);

        using var second = await UploadAsync(client, "census.xml", Encoding.UTF8.GetBytes(xml));

        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetPageAsync(second.Headers.Location!.OriginalString);
        page.QuerySelector(".govuk-notification-banner")!.TextContent.ShouldContain("Everything in census.xml is already in Hearth: nothing was changed");
    }

    [Fact]
    public async Task Post_FileWithProblems_ListsThemWithLinesAndImportsNothing()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var (xml, ids) = UniqueSample();
        var lines = xml.Split('\n');
        var sexLine = Array.FindIndex(lines, l => l.Contains("<Sex>", StringComparison.Ordinal));
        lines[sexLine] = "<Sex>Q</Sex>";

        using var response = await UploadAsync(client, "bad.xml", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary a[href='#Upload']")!.TextContent.ShouldContain("bad.xml could not be imported");
        page.QuerySelector("#Upload-error").ShouldNotBeNull();
        page.QuerySelectorAll("#import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .ShouldContain(r => r[0] == (sexLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) && r[2] == "Sex");
        await using var db = factory.Database.CreateContext();
        (await db.Set<Child>().ToListAsync()).Count(c => ids.Contains(c.LaChildId.Value)).ShouldBe(0);
    }

    [Fact]
    public async Task Post_NoFile_AsksForOne()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);

        using var response = await UploadAsync(client, null, null);

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector(".govuk-error-summary a[href='#Upload']")!.TextContent.Trim().ShouldBe("Select a CIN census file");
        page.QuerySelector("input[name=Year][value='2025-26']")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Post_FileTooLarge_SaysHowLargeItMayBe()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var tooLarge = new byte[(20 * 1024 * 1024) + 1];
        Array.Fill(tooLarge, (byte)' ');

        using var response = await UploadAsync(client, "huge.xml", tooLarge);

        var page = await HearthClient.ParseAsync(response);
        page.QuerySelector("#Upload-error")!.TextContent.ShouldContain("The selected file must be smaller than 20 MB");
    }

    [Fact]
    public async Task Post_SocialWorker_IsRefusedAndImportsNothing()
    {
        var (worker, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker);
        var (xml, ids) = UniqueSample();

        using var response = await UploadAsync(worker, "census.xml", Encoding.UTF8.GetBytes(xml), (await TokenFromHomeAsync(worker))!);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = factory.Database.CreateContext();
        (await db.Set<Child>().ToListAsync()).Count(c => ids.Contains(c.LaChildId.Value)).ShouldBe(0);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Role.DataOfficer);
        var (xml, _) = UniqueSample();

        using var response = await UploadAsync(client, "census.xml", Encoding.UTF8.GetBytes(xml), token: string.Empty);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<string> TokenAsync(HearthClient client) =>
        (await client.GetPageAsync(Url)).QuerySelector<IHtmlInputElement>("form[enctype] input[name=__RequestVerificationToken]")!.Value;

    private static async Task<string?> TokenFromHomeAsync(HearthClient client) =>
        (await client.GetPageAsync("/")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;

    private static async Task<HttpResponseMessage> UploadAsync(HearthClient client, string? fileName, byte[]? content, string? token = null)
    {
        token ??= await TokenAsync(client);
        using var form = new MultipartFormDataContent();
        if (token.Length > 0)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent("2025-26"), "Year");
        if (fileName is not null && content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
            form.Add(file, "Upload", fileName);
        }

        return await client.Http.PostAsync(new Uri(Url, UriKind.Relative), form);
    }

    /// <summary>The clean DfE sample with LAchildIDs no other test in the class uses, since the class shares one database.</summary>
    private static string Added(string xml, string element, string one, string many)
    {
        var count = xml.Split($"<{element}>").Length - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
    }

    private static (string Xml, List<string> Ids) UniqueSample()
    {
        var document = XDocument.Load(Sample("samples/cin_clean_2026.xml"), LoadOptions.PreserveWhitespace);
        var ids = new List<string>();
        foreach (var id in document.Descendants().Where(e => e.Name.LocalName == "LAchildID"))
        {
            id.Value = "T" + Guid.NewGuid().ToString("N")[..12];
            ids.Add(id.Value);
        }

        return (document.Declaration + document.ToString(SaveOptions.DisableFormatting), ids);
    }

    private static string Sample(string relativePath)
    {
        var shared = Environment.GetEnvironmentVariable("HEARTH_SHARED") is { Length: > 0 } configured ? configured : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); shared is null && directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hearth.slnx")))
            {
                shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        var path = Path.Combine(shared ?? string.Empty, "specs", relativePath);
        if (!File.Exists(path))
        {
            Assert.Fail($"The fixture {path} is missing. Put the shared folder beside the repository clone, or set HEARTH_SHARED to its path.");
        }

        return path;
    }
}
