using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>
/// A social worker's first minutes in Hearth, in a real browser: sign in, find a child despite a misspelling, open
/// the record, then add a new child and be warned of a likely duplicate. Every page visited is scanned with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class FindAndAddAChildTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SocialWorker_SignsInFindsAChildAndIsWarnedOfADuplicateWhenAddingOne()
    {
        var data = browser.Server.Data;
        var team = await data.CreateTeamAsync("Front door", TeamKind.FrontDoor);
        var worker = await data.CreateWorkerAsync(team, Role.SocialWorker, "Aisha", "Rahman");
        var account = await data.CreateUserAsync(Role.SocialWorker, worker);
        var dateOfBirth = new DateOnly(2019, 3, 27);
        var existing = await data.CreateChildAsync("Jayden", "Smith", dateOfBirth, postcode: "BS23 1AB");
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;

        await tab.GotoAsync("/children");
        page.Url.ShouldContain("/sign-in");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(account.UserName.Value);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/children");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByLabel("Name").FillAsync("Jaydn Smith");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("Name=", StringComparison.Ordinal));
        var result = page.Locator("table.govuk-table").GetByRole(AriaRole.Link, new() { Name = "Jayden Smith" });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await tab.ScreenshotAsync("find-a-child-results");

        await result.ClickAsync();
        await page.WaitForURLAsync($"**/children/{existing.Id}");
        (await page.Locator(".moj-identity-bar").InnerTextAsync()).ShouldContain("Jayden Smith");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await tab.ScreenshotAsync("child-record");

        await tab.GotoAsync("/children/add");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByLabel("Given names").FillAsync("Jaydon");
        await page.GetByLabel("Family name").FillAsync("Smyth");
        await page.GetByLabel("Yes").CheckAsync();
        await page.Locator("#DateOfBirth-day").FillAsync("27");
        await page.Locator("#DateOfBirth-month").FillAsync("3");
        await page.Locator("#DateOfBirth-year").FillAsync("2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Jayden Smith");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to add a new child" }).ClickAsync();

        await ContinueAsync(page);
        await ContinueAsync(page);
        await page.GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("What is the child's ethnicity?").SelectOptionAsync("WBRI");
        await ContinueAsync(page);
        await ContinueAsync(page);

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Same date of birth and similar name");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Jayden Smith");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await tab.ScreenshotAsync("possible-duplicates");
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("different child");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByLabel("This is a different child").CheckAsync();
        await ContinueAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Check your answers");
        var answers = await page.Locator("main").InnerTextAsync();
        answers.ShouldContain("Jaydon");
        answers.ShouldContain("Smyth");
        answers.ShouldContain("27 March 2019");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add child" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/children/", StringComparison.Ordinal) && !url.Contains("/add", StringComparison.Ordinal));
        (await page.Locator(".govuk-notification-banner").InnerTextAsync()).ShouldNotBeEmpty();
        (await page.Locator(".moj-identity-bar").InnerTextAsync()).ShouldContain("Jaydon Smyth");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        tab.Errors.ShouldBeEmpty();
    }

    /// <summary>Presses Continue and waits for the next page, so the next step never reads the page it left.</summary>
    private static async Task ContinueAsync(IPage page)
    {
        var from = page.Url;
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync(
            "([from, heading]) => location.href !== from || document.querySelector('h1')?.innerText !== heading || document.querySelector('.govuk-error-summary') !== null",
            new object[] { from, heading });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
