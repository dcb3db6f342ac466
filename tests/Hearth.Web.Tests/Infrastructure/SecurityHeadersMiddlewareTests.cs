using Hearth.Web.Infrastructure;

using Microsoft.AspNetCore.Mvc.Testing;

namespace Hearth.Web.Tests.Infrastructure;

public sealed class SecurityHeadersMiddlewareTests(WebShellFactory factory) : IClassFixture<WebShellFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/accessibility")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyResponse_HasTheSecurityHeaders(string path)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var headers = response.Headers;
        headers.GetValues("Content-Security-Policy").Single().ShouldBe(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Get_StaticFile_KeepsItsOwnCaching()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/lib/govuk/govuk-frontend.min.css", UriKind.Relative));

        response.Headers.CacheControl!.NoStore.ShouldBeFalse();
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task Get_HttpsOutsideDevelopment_SendsStrictTransportSecurity()
    {
        using var production = factory.InEnvironment("Production");
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://hearth.example") });

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");
    }

    [Fact]
    public async Task Get_HttpOutsideDevelopment_RedirectsToHttps()
    {
        using var production = factory.InEnvironment("Production").WithWebHostBuilder(b => b.UseSetting("https_port", "443"));
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://hearth.example") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.Headers.Location!.ToString().ShouldBe("https://hearth.example/");
    }

    [Fact]
    public void ContentSecurityPolicy_AllowsNoInlineScriptOrStyle()
    {
        SecurityHeadersMiddleware.ContentSecurityPolicy.ShouldNotContain("unsafe-inline");
        SecurityHeadersMiddleware.ContentSecurityPolicy.ShouldContain("script-src 'self';");
    }
}
