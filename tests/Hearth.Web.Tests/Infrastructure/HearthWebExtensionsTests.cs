using System.Net;
using System.Text.RegularExpressions;

using AngleSharp.Html.Parser;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Tests.Infrastructure;

public sealed partial class HearthWebExtensionsTests(WebShellFactory factory) : IClassFixture<WebShellFactory>
{
    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_WithAntiforgeryToken_IsAccepted()
    {
        var tokens = factory.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(new DefaultHttpContext { RequestServices = factory.Services });
        var cookieName = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent([new(tokens.FormFieldName, tokens.RequestToken!), new("Email", ""), new("Password", "")]),
        };
        request.Headers.Add("Cookie", $"{cookieName}={tokens.CookieToken}");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_UnknownPage_Returns404WithGovukPageNotFound()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(Hearth.Domain.Workforce.Role.SeniorLeader);

        var response = await client.Http.GetAsync(new Uri("/children/no-such-child", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await ParseAsync(response);
        page.Title.ShouldBe("Page not found - Hearth");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
    }

    [Fact]
    public async Task Get_ErrorPage_SaysSorryThereIsAProblem()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/error", UriKind.Relative));

        var page = await ParseAsync(response);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Sorry, there is a problem with the service");
    }

    [Fact]
    public async Task Get_Health_ReturnsHealthy()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("/lib/govuk/govuk-frontend.min.css", "text/css")]
    [InlineData("/lib/govuk/govuk-frontend.min.js", "text/javascript")]
    [InlineData("/lib/moj/moj-frontend.min.css", "text/css")]
    [InlineData("/lib/moj/moj-frontend.min.js", "text/javascript")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/js/govuk-frontend-supported.js", "text/javascript")]
    [InlineData("/css/hearth.css", "text/css")]
    [InlineData("/assets/fonts/bold-b542beb274-v2.woff2", "font/woff2")]
    [InlineData("/assets/images/favicon.svg", "image/svg+xml")]
    public async Task Get_FrontendFile_Returns200WithContentType(string path, string contentType)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    [InlineData("/error")]
    [InlineData("/no-such-page")]
    public async Task Get_Page_HasNoInlineScriptOrStyle(string path)
    {
        var client = factory.CreateClient();

        var html = await (await client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();

        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelectorAll("script").ShouldNotBeEmpty();
        page.QuerySelectorAll("script").ShouldAllBe(s => s.HasAttribute("src"));
        page.QuerySelectorAll("style").ShouldBeEmpty();
        page.QuerySelectorAll("[style]").ShouldBeEmpty();
        InlineEventHandler().IsMatch(html).ShouldBeFalse();
        page.QuerySelector("script[type=importmap]").ShouldBeNull();
    }

    [Fact]
    public async Task Get_SignIn_RendersTheGovukTemplateWithoutNavigation()
    {
        var client = factory.CreateClient();

        var page = await ParseAsync(await client.GetAsync(new Uri("/sign-in", UriKind.Relative)));

        page.DocumentElement.ClassList.ShouldContain("govuk-template");
        page.Body!.ClassList.ShouldContain("govuk-template__body");
        page.QuerySelector("a.govuk-skip-link")!.GetAttribute("href").ShouldBe("#main-content");
        page.QuerySelector("main#main-content").ShouldNotBeNull();
        page.QuerySelector(".govuk-header .hearth-header__product")!.TextContent.ShouldBe("Demo Council Children's Services");
        page.QuerySelector(".govuk-header__logotype").ShouldBeNull();
        page.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim().ShouldBe("Hearth");
        page.QuerySelectorAll(".govuk-service-navigation__item").ShouldBeEmpty();
        page.QuerySelector(".govuk-phase-banner .govuk-tag")!.TextContent.Trim().ShouldBe("Beta");
        page.QuerySelectorAll(".govuk-footer a.govuk-footer__link").Select(a => a.GetAttribute("href"))
            .ShouldContain("/accessibility");
        page.QuerySelectorAll(".govuk-footer a.govuk-footer__link").Select(a => a.GetAttribute("href"))
            .ShouldContain("/privacy");
        page.QuerySelector(".hearth-signed-in").ShouldBeNull();
    }

    [Fact]
    public async Task Get_Home_SignedIn_ShowsNameRoleAndSignOutForm()
    {
        var team = await factory.Data.CreateTeamAsync();
        var worker = await factory.Data.CreateWorkerAsync(team, Hearth.Domain.Workforce.Role.SocialWorker, "Priya", "Shah");
        var client = await factory.SignInAsync(await factory.Data.CreateUserAsync(Hearth.Domain.Workforce.Role.SocialWorker, worker));

        var page = await client.GetPageAsync("/");

        var area = page.QuerySelector(".hearth-signed-in")!;
        area.TextContent.ShouldContain("Priya Shah");
        area.TextContent.ShouldContain("Social worker");
        var form = area.QuerySelector("form")!;
        form.GetAttribute("method").ShouldBe("post");
        form.GetAttribute("action").ShouldBe("/sign-out");
        form.QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull();
        form.QuerySelector("button")!.TextContent.Trim().ShouldBe("Sign out");
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineEventHandler();
}
