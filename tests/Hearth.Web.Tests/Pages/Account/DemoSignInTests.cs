using System.Net;
using Hearth.Simulation.Demo;
using Hearth.TestSupport.Web;
using Microsoft.AspNetCore.Hosting;

namespace Hearth.Web.Tests.Pages.Account;

/// <summary>The web host as a newcomer first runs it: an empty database, seeded with the demo local authority.</summary>
public sealed class DemoWebFactory : HearthWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hearth:Demo:Seed", "true");
    }
}

public sealed class DemoSignInTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Get_SignIn_ListsEveryDemoAccountAndThePassword()
    {
        var page = await factory.CreateHearthClient().GetPageAsync("/sign-in");

        var rows = page.QuerySelectorAll("table.govuk-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        rows.ShouldBe(DemoLocalAuthority.Accounts.Select(a => a.UserName));
        page.QuerySelector(".hearth-demo-password")!.TextContent.ShouldBe(DemoLocalAuthority.Password);
    }

    [Fact]
    public async Task SignIn_DemoSocialWorker_SeesTheirCaseloadOnTheHomePage()
    {
        var client = factory.CreateHearthClient();

        var response = await client.SubmitFormAsync("/sign-in", new Dictionary<string, string>
        {
            ["Email"] = DemoLocalAuthority.SocialWorker.UserName,
            ["Password"] = DemoLocalAuthority.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var home = await client.GetPageAsync("/");
        home.QuerySelector("h1")!.TextContent.ShouldBe(DemoLocalAuthority.SocialWorker.Name);
        home.QuerySelector(".govuk-body-l")!.TextContent.ShouldMatch(@"[0-9]+ child");
    }

    [Fact]
    public async Task Get_SignIn_OutsideDevelopment_ShowsNoDemoAccounts()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Staging").UseSetting("Hearth:Demo:Seed", "false"));
        var client = new HearthClient(production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }));

        var page = await client.GetPageAsync("/sign-in");

        page.QuerySelector(".hearth-demo-password").ShouldBeNull();
        page.Body!.TextContent.ShouldNotContain(DemoLocalAuthority.Password);
    }
}
