using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>
/// A social worker records a visit at which the child was not seen alone, adds a significant event, then reads the
/// chronology, filters it to significant events and opens the printable view. Every page visited is scanned with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ChronologyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SocialWorker_RecordsAVisitAndASignificantEvent_AndReadsThemInTheChronology()
    {
        var data = browser.Server.Data;
        var team = await data.CreateTeamAsync("Children in need south", TeamKind.ChildInNeed);
        var worker = await data.CreateWorkerAsync(team, Role.SocialWorker, "Aisha", "Rahman");
        var account = await data.CreateUserAsync(Role.SocialWorker, worker);
        var child = await data.CreateChildAsync("Leo", "Hartley");
        await data.AllocateAsync(child, worker, team);
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.UserName.Value);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));

        await tab.GotoAsync($"/children/{child.Id}/visits/new");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record visit" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the kind of visit");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByLabel("Kind of visit").SelectOptionAsync("ChildInNeed");
        await page.GetByLabel("Yes, but not alone").CheckAsync();
        await page.GetByLabel("If the child was not seen, or not seen alone, why not?").FillAsync("His mother stayed in the room");
        await page.GetByLabel("The child's wishes and feelings").FillAsync("I want to stay at my school");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record visit" }).ClickAsync();

        await page.WaitForURLAsync($"**/children/{child.Id}/visits");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Visit recorded");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Seen, not alone");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^View") }).ClickAsync();
        await Assertions.Expect(page.Locator("#wishes-and-feelings")).ToContainTextAsync("I want to stay at my school");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);

        await tab.GotoAsync($"/children/{child.Id}/chronology/significant-events/new");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.Locator("#OccurredOn-day").FillAsync("3");
        await page.Locator("#OccurredOn-month").FillAsync("1");
        await page.Locator("#OccurredOn-year").FillAsync("2026");
        await page.GetByLabel("What happened").FillAsync("Father moved out of the family home");
        await page.GetByLabel("Source of the information").FillAsync("Mother, at home visit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add event" }).ClickAsync();

        await page.WaitForURLAsync($"**/children/{child.Id}/chronology");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Significant event added to the chronology");
        var rows = page.Locator("#chronology tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync("Father moved out of the family home");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Child in need visit: child seen, not alone");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);

        await page.GetByLabel("Significant events only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("SignificantOnly=true", StringComparison.Ordinal));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Father moved out of the family home");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await tab.ScreenshotAsync("chronology-significant-only");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Printable chronology") }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/chronology/print", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#filters")).ToHaveTextAsync("All kinds of event; significant events only");
        await Assertions.Expect(page.Locator("#child-facts")).ToContainTextAsync(child.LaChildId.Value);
        await Assertions.Expect(page.Locator(".govuk-service-navigation")).ToHaveCountAsync(0);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".hearth-print__screen-only")).ToBeHiddenAsync();
        await tab.ScreenshotAsync("chronology-print");
        tab.Errors.ShouldBeEmpty();
    }
}
