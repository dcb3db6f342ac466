using System.Security.Claims;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>The web host with no database, for tests of the shell: headers, error pages, static files.</summary>
public sealed class WebShellFactory : WebApplicationFactory<Program>
{
    public WebApplicationFactory<Program> SignedInAs(string name, string role) =>
        WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddAuthentication(TestSignIn.SchemeName)
                .AddScheme<TestSignInOptions, TestSignIn>(TestSignIn.SchemeName, options =>
                {
                    options.Name = name;
                    options.Role = role;
                })));

    public WebApplicationFactory<Program> InEnvironment(string environment) =>
        WithWebHostBuilder(builder => builder.UseEnvironment(environment));
}

public sealed class TestSignInOptions : AuthenticationSchemeOptions
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";
}

public sealed class TestSignIn(IOptionsMonitor<TestSignInOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<TestSignInOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Options.Name), new Claim(ClaimTypes.Role, Options.Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
