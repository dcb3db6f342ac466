using Hearth.Web.EndToEndTests.Harness;

namespace Hearth.Web.EndToEndTests.Pages;

[Collection(BrowserTestGroup.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SignIn_InChromium_RendersGovukFrontendWithScriptsAndFonts()
    {
        await using var tab = await browser.NewPageAsync();

        var response = await tab.GotoAsync("/sign-in");

        response.Status.ShouldBe(200);
        (await tab.Page.EvaluateAsync<bool>("() => document.body.classList.contains('govuk-frontend-supported')")).ShouldBeTrue();
        (await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.govuk-header')).backgroundColor"))
            .ShouldBe("rgb(29, 112, 184)");
        (await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.govuk-service-navigation__service-name')).fontFamily"))
            .ShouldContain("GDS Transport");
        (await tab.Page.EvaluateAsync<bool>(
            "async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.includes('GDS Transport') && f.status === 'loaded'); }"))
            .ShouldBeTrue();
        tab.Errors.ShouldBeEmpty();
        await Axe.ShouldHaveNoSeriousViolationsAsync(tab.Page);
        await tab.ScreenshotAsync("sign-in");
    }

    [BrowserTheory]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    [InlineData("/no-such-page")]
    public async Task Page_InChromium_HasNoSeriousAccessibilityViolations(string path)
    {
        await using var tab = await browser.NewPageAsync();

        await tab.GotoAsync(path);

        tab.Errors.Where(e => !e.Contains("404", StringComparison.Ordinal)).ShouldBeEmpty();
        await Axe.ShouldHaveNoSeriousViolationsAsync(tab.Page);
    }

    [BrowserFact]
    public async Task SignIn_WithKeyboard_SkipLinkIsFirstTabStopAndMovesFocusToMain()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/sign-in");

        var first = await Keyboard.TabAsync(tab.Page);
        var afterEnter = await Keyboard.PressAsync(tab.Page, "Enter");

        first.CssClass.ShouldContain("govuk-skip-link");
        first.Text.ShouldBe("Skip to main content");
        afterEnter.TagName.ShouldBe("main");
        afterEnter.Id.ShouldBe("main-content");
    }
}
