using Hearth.Domain;
using Hearth.Domain.Workforce;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.Playwright;
using static Hearth.Web.EndToEndTests.Journeys.JourneySteps;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>
/// A child in need from referral to a closed episode in a real browser: the social worker records the referral and
/// the child and family assessment, the team manager authorises it, the worker makes, finalises and reviews the child
/// in need plan, the manager authorises the plan, and the worker ends it and closes the episode. Also the referral
/// that ends with no further action. Every page visited is scanned with axe; dates count back from today because the
/// server runs on the real clock.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ChildInNeedJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SocialWorkerAndManager_TakeAChildFromReferralThroughAChildInNeedPlanToClosure()
    {
        var data = browser.Server.Data;
        var team = await data.CreateTeamAsync("Children in need journey", TeamKind.ChildInNeed);
        var socialWorker = await data.CreateWorkerAsync(team, Role.SocialWorker, "Grace", "Adeyemi");
        var socialWorkerAccount = await data.CreateUserAsync(Role.SocialWorker, socialWorker);
        var manager = await data.CreateWorkerAsync(team, Role.TeamManager, "Owen", "Price");
        var managerAccount = await data.CreateUserAsync(Role.TeamManager, manager);
        var child = await data.CreateChildAsync("Kian", "Walsh");
        await data.AllocateAsync(child, socialWorker, team, Today.AddDays(-60));
        var childPath = $"/children/{child.Id}";
        var referred = Today.AddDays(-20);
        var assessmentStarted = Today.AddDays(-19);
        var seen = Today.AddDays(-18);
        var completed = Today.AddDays(-10);
        var planStarted = Today.AddDays(-8);
        var reviewed = Today.AddDays(-2);

        await using var tab = await SignInAsync(browser, socialWorkerAccount);
        var page = tab.Page;
        await OpenAsync(tab, $"{childPath}/referrals/new");
        await FillDateAsync(page, "Referral date", referred);
        await page.GetByLabel("Source", new() { Exact = true }).SelectOptionAsync("3A");
        await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await SubmitAsync(page, "Record referral");

        await OpenAsync(tab, $"{childPath}/assessments/start");
        await FillDateAsync(page, "When did the assessment start?", assessmentStarted);
        await SubmitAsync(page, "Start assessment");
        await OpenAsync(tab, $"{childPath}/assessments");
        await FollowAsync(page, $"View the assessment started on {DisplayDate.Of(assessmentStarted)}");
        var assessmentPath = new Uri(page.Url).AbsolutePath;
        await OpenAsync(tab, $"{childPath}/work");
        await Assertions.Expect(page.Locator("#later")).ToContainTextAsync("Child and family assessment");
        await OpenAsync(tab, assessmentPath);

        await FollowAsync(page, "Change when the child was seen");
        await FillDateAsync(page, "Date the child was seen", seen);
        await ChooseAsync(page, "Was the child seen alone?", "Yes");
        await SubmitAsync(page, "Save");

        await OpenAsync(tab, assessmentPath);
        await FollowAsync(page, "Change the assessment factors");
        await page.GetByLabel("2C: Drug misuse: concerns about drug misuse by another person living in the household").CheckAsync();
        await SubmitAsync(page, "Save");

        await OpenAsync(tab, assessmentPath);
        await FollowAsync(page, "Change the analysis and outcome");
        await page.GetByLabel("Analysis", new() { Exact = true }).FillAsync("Father's drug use leaves Kian caring for his younger sister; he needs support to stay in school");
        await ChooseAsync(page, "What is the outcome of the assessment?", "Child in need plan");
        await SubmitAsync(page, "Save");

        await OpenAsync(tab, assessmentPath);
        await FollowAsync(page, "Complete the assessment", AriaRole.Button);
        await FillDateAsync(page, "Date completed", completed);
        await SubmitAsync(page, "Complete and send for authorisation");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("awaiting authorisation by a team manager");
        await OpenAsync(tab, $"{childPath}/work");
        await Assertions.Expect(page.Locator("#later")).ToContainTextAsync("Authorise the child and family assessment");

        await using (var managerTab = await SignInAsync(browser, managerAccount))
        {
            var managerPage = managerTab.Page;
            await OpenAsync(managerTab, assessmentPath);
            await FollowAsync(managerPage, "Authorise the assessment", AriaRole.Button);
            await FillDateAsync(managerPage, "Authorisation date", completed.AddDays(1));
            await SubmitAsync(managerPage, "Authorise");
            managerTab.Errors.ShouldBeEmpty();
        }

        await OpenAsync(tab, $"{childPath}/child-in-need-plans/start");
        await FillDateAsync(page, "When did the plan start?", planStarted);
        await SubmitAsync(page, "Start plan");
        await OpenAsync(tab, $"{childPath}/child-in-need-plans");
        await FollowAsync(page, $"View the plan started on {DisplayDate.Of(planStarted)}");
        var planPath = new Uri(page.Url).AbsolutePath;

        await FollowAsync(page, "Add an action");
        await page.GetByLabel("What is to be done?").FillAsync("Young carers service assessment for Kian");
        await page.GetByLabel("Who will do it?").FillAsync("Grace Adeyemi, social worker");
        await FillDateAsync(page, "By when?", Today.AddDays(21));
        await SubmitAsync(page, "Add action");

        await OpenAsync(tab, planPath);
        await FollowAsync(page, "Change the contingency plan");
        await page.GetByLabel("What will happen if things do not improve?").FillAsync("Strategy discussion if Kian's school attendance falls below 80%");
        await SubmitAsync(page, "Save");

        await OpenAsync(tab, planPath);
        await FollowAsync(page, "Finalise the plan", AriaRole.Button);
        await FillDateAsync(page, "Date finalised", planStarted);
        await SubmitAsync(page, "Finalise plan");

        await using (var managerTab = await SignInAsync(browser, managerAccount))
        {
            var managerPage = managerTab.Page;
            await OpenAsync(managerTab, planPath);
            await FollowAsync(managerPage, "Authorise the plan", AriaRole.Button);
            await FillDateAsync(managerPage, "Authorisation date", planStarted.AddDays(1));
            await SubmitAsync(managerPage, "Authorise plan");
            managerTab.Errors.ShouldBeEmpty();
        }

        await OpenAsync(tab, planPath);
        await FollowAsync(page, "Record a review", AriaRole.Button);
        await FillDateAsync(page, "Review date", reviewed);
        await page.GetByLabel("What did the review find?").FillAsync("Kian has a young carers worker and is in school every day");
        await ChooseAsync(page, "What did the review decide?", "The plan continues");
        await SubmitAsync(page, "Record review");

        await OpenAsync(tab, planPath);
        await FollowAsync(page, "End the plan", AriaRole.Button);
        await FillDateAsync(page, "End date", Today);
        await page.GetByLabel("Why is the plan ending?").FillAsync("Father is engaging with treatment and Kian no longer needs a plan");
        await SubmitAsync(page, "End plan");

        await OpenAsync(tab, $"{childPath}/referrals");
        await FollowAsync(page, $"Close the episode referred on {DisplayDate.Of(referred)}");
        await FillDateAsync(page, "Closure date", Today);
        await page.GetByLabel("Reason for closure").SelectOptionAsync("RC7");
        await SubmitAsync(page, "Close episode");

        await OpenAsync(tab, $"{childPath}/chronology");
        var chronology = page.Locator("#chronology");
        foreach (var entry in new[]
        {
            "Referral",
            "Child and family assessment started",
            "Child seen alone during the assessment",
            "Child and family assessment completed",
            "Child and family assessment authorised by",
            "Child in need episode closed",
        })
        {
            await Assertions.Expect(chronology).ToContainTextAsync(entry);
        }

        await OpenAsync(tab, $"{childPath}/work");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overdue (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#later")).ToHaveCountAsync(0);
        tab.Errors.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task SocialWorker_EndsAReferralWithNoFurtherAction()
    {
        var data = browser.Server.Data;
        var team = await data.CreateTeamAsync("Assessment journey", TeamKind.Assessment);
        var socialWorker = await data.CreateWorkerAsync(team, Role.SocialWorker, "Ruth", "Evans");
        var account = await data.CreateUserAsync(Role.SocialWorker, socialWorker);
        var child = await data.CreateChildAsync("Ellie", "Marsh");
        await data.AllocateAsync(child, socialWorker, team, Today.AddDays(-10));
        var childPath = $"/children/{child.Id}";
        var referred = Today.AddDays(-3);

        await using var tab = await SignInAsync(browser, account);
        var page = tab.Page;
        await OpenAsync(tab, $"{childPath}/referrals/new");
        await FillDateAsync(page, "Referral date", referred);
        await page.GetByLabel("Source", new() { Exact = true }).SelectOptionAsync("1A");
        await page.GetByLabel("Primary need").SelectOptionAsync("N1");
        await SubmitAsync(page, "Record referral");

        await OpenAsync(tab, $"{childPath}/referrals");
        await FollowAsync(page, $"No further action on the referral of {DisplayDate.Of(referred)}");
        await FillDateAsync(page, "Date of the decision", Today);
        await SubmitAsync(page, "End with no further action");

        await OpenAsync(tab, $"{childPath}/chronology");
        await Assertions.Expect(page.Locator("#chronology")).ToContainTextAsync("Referral ended with no further action");

        await OpenAsync(tab, $"{childPath}/work");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overdue (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#later")).ToHaveCountAsync(0);
        tab.Errors.ShouldBeEmpty();
    }
}
