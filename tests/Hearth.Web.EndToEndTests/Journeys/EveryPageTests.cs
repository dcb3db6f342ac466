using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>
/// Every page a team manager can reach, opened in a real browser and scanned with axe; and the sign-in done with
/// the keyboard alone.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class EveryPageTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task TeamManager_EveryPage_HasNoSeriousAccessibilityViolationsOrScriptErrors()
    {
        var data = browser.Server.Data;
        var team = await data.CreateTeamAsync("Child protection north", TeamKind.ChildProtection);
        var manager = await data.CreateWorkerAsync(team, Role.TeamManager, "Rebecca", "Hughes");
        var worker = await data.CreateWorkerAsync(team, Role.SocialWorker, "Aisha", "Rahman");
        var account = await data.CreateUserAsync(Role.TeamManager, manager);
        var child = await data.CreateChildAsync("Amara", "Okafor", postcode: "BS23 1AB", configure: c =>
        {
            c.AddAlias(Hearth.Domain.Children.PersonName.Create("Mara", "Okafor"), data.Change());
            c.AddRelationship(RelationshipType.Create("MOTH"), "Grace Okafor", null, true, true, null, null, null, data.Today.AddYears(-8), data.Today, data.Change());
            c.AddProfessional(ProfessionalRole.Create("GP"), "Dr Patel", "Clarence Park Surgery", null, null, data.Today.AddYears(-1), data.Today, data.Change());
            c.AddWarning(WarningType.Create("ANIM"), "Large dog at the address", data.Today.AddDays(-3), data.Today.AddMonths(3), data.Today, data.Change());
        });
        await data.AllocateAsync(child, worker, team);
        await data.CreateEpisodeAsync(browser.Server.Database, child.Id, data.Today.AddDays(-5));
        await data.CreateChildAsync("Noah", "Price");
        await using var tab = await browser.NewPageAsync();
        await SignInAsync(tab.Page, account.UserName.Value);

        string[] pages =
        [
            "/",
            "/children",
            "/children?Name=okafor",
            $"/children/{child.Id}",
            $"/children/{child.Id}/details/edit",
            $"/children/{child.Id}/details/names/add",
            $"/children/{child.Id}/details/address",
            $"/children/{child.Id}/details/death",
            $"/children/{child.Id}/family",
            $"/children/{child.Id}/family/relationships/add",
            $"/children/{child.Id}/family/professionals/add",
            $"/children/{child.Id}/warnings",
            $"/children/{child.Id}/warnings/add",
            $"/children/{child.Id}/allocation",
            $"/children/{child.Id}/allocation/allocate",
            $"/children/{child.Id}/allocation/allocate?teamId={team.Id}",
            $"/children/{child.Id}/allocation/end",
            $"/children/{child.Id}/history",
            $"/children/{child.Id}/work",
            $"/children/{child.Id}/referrals",
            $"/children/{child.Id}/referrals/new",
            $"/children/{child.Id}/child-protection",
            $"/children/{child.Id}/child-protection/reasonable-cause",
            $"/children/{child.Id}/strategy-discussions",
            $"/children/{child.Id}/strategy-discussions/new",
            $"/children/{child.Id}/section-47-enquiries",
            $"/children/{child.Id}/child-protection-plans",
            $"/children/{child.Id}/child-protection-conferences/initial",
            $"/children/{child.Id}/assessments",
            $"/children/{child.Id}/assessments/start",
            $"/children/{child.Id}/child-in-need-plans",
            $"/children/{child.Id}/child-in-need-plans/start",
            $"/children/{child.Id}/visits",
            $"/children/{child.Id}/visits/new",
            $"/children/{child.Id}/oversight",
            $"/children/{child.Id}/oversight/new",
            $"/children/{child.Id}/chronology",
            $"/children/{child.Id}/chronology/print",
            $"/children/{child.Id}/chronology/significant-events/new",
            $"/children/{child.Id}/chronology/analysis",
            $"/children/{child.Id}/access-log",
            "/children/add",
            "/my-work",
            "/caseload",
            "/team",
            $"/team/workers/{worker.Id}",
            "/team/work",
            $"/team/work/{worker.Id}",
            "/access-log",
            "/front-door",
            "/front-door/contacts/new",
            "/account/change-password",
            "/accessibility",
            "/privacy",
        ];

        foreach (var path in pages)
        {
            var response = await tab.GotoAsync(path);
            response.Status.ShouldBe(200, $"{path} answered {response.Status}");
            await Axe.ShouldHaveNoSeriousViolationsAsync(tab.Page);
        }

        await tab.GotoAsync($"/children/{child.Id}/warnings/add");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Add warning" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Axe.ShouldHaveNoSeriousViolationsAsync(tab.Page);
        await tab.ScreenshotAsync("add-warning-errors");
        tab.Errors.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task SignIn_WithTheKeyboardAlone_ReachesTheHomePage()
    {
        var account = await browser.Server.Data.CreateUserAsync(Role.SeniorLeader);
        await using var tab = await browser.NewPageAsync();
        await tab.GotoAsync("/sign-in");

        await Keyboard.TabAsync(tab.Page);
        var focused = await Keyboard.TabAsync(tab.Page);
        while (focused.Id != "Email")
        {
            focused = await Keyboard.TabAsync(tab.Page);
        }

        await tab.Page.Keyboard.TypeAsync(account.UserName.Value);
        (await Keyboard.TabAsync(tab.Page)).Id.ShouldBe("Password");
        await tab.Page.Keyboard.TypeAsync(TestData.Password);
        await tab.Page.Keyboard.PressAsync("Enter");

        await tab.Page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync(account.DisplayName);
        tab.Errors.ShouldBeEmpty();
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }
}
