using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>
/// The steps every journey repeats, done as a user does them: through labels, legends and button names, with an axe
/// scan of every page reached.
/// </summary>
internal static class JourneySteps
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    public static async Task<BrowserPage> SignInAsync(BrowserFixture browser, UserAccount account)
    {
        var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.UserName.Value);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        return tab;
    }

    /// <summary>Opens a page by its address and scans it.</summary>
    public static async Task OpenAsync(BrowserPage tab, string path)
    {
        var response = await tab.GotoAsync(path);
        response.Status.ShouldBe(200, $"GET {path}");
        await Axe.ShouldHaveNoSeriousViolationsAsync(tab.Page);
    }

    /// <summary>Follows a link (or a link styled as a button) by its accessible name, and scans the page it opens.</summary>
    public static async Task FollowAsync(IPage page, string name, AriaRole role = AriaRole.Link)
    {
        var before = page.Url;
        await page.GetByRole(role, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url != before);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
    }

    /// <summary>Fills the day, month and year of the date question with this legend.</summary>
    public static async Task FillDateAsync(ILocator scope, string legend, DateOnly date)
    {
        var question = scope.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await question.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await question.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await question.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Task FillDateAsync(IPage page, string legend, DateOnly date) => FillDateAsync(page.Locator("main"), legend, date);

    /// <summary>Chooses the answer with this label in the radio or checkbox question with this legend.</summary>
    public static Task ChooseAsync(IPage page, string legend, string answer) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true })
            .GetByLabel(answer, new() { Exact = true }).First.CheckAsync();

    /// <summary>
    /// Presses the button that saves the form and expects the success banner of the page it leads to; a validation
    /// error fails the test with the error summary's text.
    /// </summary>
    public static async Task<string> SubmitAsync(IPage page, string button, string? notification = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        var outcome = page.Locator(".govuk-notification-banner--success, .govuk-error-summary").First;
        await outcome.WaitForAsync();
        if (await page.Locator(".govuk-error-summary").CountAsync() > 0)
        {
            throw new ShouldAssertException($"Pressing \"{button}\" was refused: {await page.Locator(".govuk-error-summary").InnerTextAsync()}");
        }

        if (notification is not null)
        {
            await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync(notification);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        return page.Url;
    }

    /// <summary>Fills one attendee's fieldset (legend "Attendee n") on a conference or core group form.</summary>
    public static async Task FillAttendeeAsync(IPage page, int number, string name, string role, string agency)
    {
        var attendee = page.GetByRole(AriaRole.Group, new() { Name = $"Attendee {number}", Exact = true });
        await attendee.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await attendee.GetByLabel("Role", new() { Exact = true }).FillAsync(role);
        await attendee.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(agency);
    }

    /// <summary>Fills the attendees in order, pressing "Add another attendee" (which posts the form) for each after the first.</summary>
    public static async Task FillAttendeesAsync(IPage page, params (string Name, string Role, string Agency)[] attendees)
    {
        for (var i = 0; i < attendees.Length; i++)
        {
            if (i > 0)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Add another attendee", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Group, new() { Name = $"Attendee {i + 1}", Exact = true }).WaitForAsync();
            }

            await FillAttendeeAsync(page, i + 1, attendees[i].Name, attendees[i].Role, attendees[i].Agency);
        }

        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
    }

    /// <summary>The work table or empty section with this id ("overdue", "due-today", "due-soon") on a work page.</summary>
    public static ILocator WorkSection(IPage page, string id) => page.Locator($"#{id}");
}
