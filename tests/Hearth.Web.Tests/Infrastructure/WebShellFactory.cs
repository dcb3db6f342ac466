using Hearth.TestSupport.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>The web host on a test database, for tests of the shell: headers, error pages, static files, layout.</summary>
public sealed class WebShellFactory : HearthWebFactory
{
    public WebApplicationFactory<Program> InEnvironment(string environment) =>
        WithWebHostBuilder(builder => builder.UseEnvironment(environment));
}
