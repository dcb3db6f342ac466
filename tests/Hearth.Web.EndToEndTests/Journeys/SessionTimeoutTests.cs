using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>A server whose sessions last one minute and warn 50 seconds ahead, so the warning shows 10 seconds after a page loads.</summary>
public sealed class ShortSessionServer : HearthWebServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hearth:Session:IdleMinutes", "1");
        builder.UseSetting("Hearth:Session:WarningSeconds", "50");
    }
}

[Collection(BrowserTestGroup.Name)]
public sealed class SessionTimeoutTests(BrowserFixture browser) : IAsyncLifetime, IDisposable
{
    private readonly ShortSessionServer _server = new();

    public async Task InitializeAsync()
    {
        if (!BrowserSettings.ChromiumIsMissing || BrowserSettings.IsCi)
        {
            await _server.InitializeAsync();
            _server.Start();
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _server.Dispose();

    [BrowserFact]
    public async Task IdleSession_WarnsBeforeSigningOut_AndStaySignedInKeepsTheSession()
    {
        var account = await _server.Data.CreateUserAsync(Role.SeniorLeader);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.UserName.Value);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));

        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "You will be signed out soon" });
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(dialog).ToBeFocusedAsync();
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);

        var keepAlive = page.WaitForResponseAsync(r => r.Url.Contains("/account/keep-alive", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();

        (await (await keepAlive).HeaderValueAsync("content-type")).ShouldStartWith("application/json");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        var response = await page.GotoAsync("/");
        page.Url.ShouldNotContain("/sign-in");
        response!.Status.ShouldBe(200);
    }
}
