using Hearth.Domain;
using Hearth.Domain.Workforce;
using Hearth.Web.EndToEndTests.Harness;
using Microsoft.Playwright;
using static Hearth.Web.EndToEndTests.Journeys.JourneySteps;

namespace Hearth.Web.EndToEndTests.Journeys;

/// <summary>
/// A child from a contact at the front door to a closed child in need episode through a child protection plan, in a
/// real browser: the front door records the contact, a police check, consent and acknowledgement and decides on an
/// immediate strategy discussion; the child protection social worker records the referral, the strategy discussion,
/// the section 47 enquiry, the initial conference, the plan, a core group, a visit and the review conference that
/// ends the plan, then closes the episode. Every page visited is scanned with axe. The server runs on the real clock,
/// so every date is counted back from today.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ChildProtectionJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task NewUsers_TakeAChildFromAContactToAClosedChildProtectionPlan()
    {
        var data = browser.Server.Data;
        var frontDoor = await data.CreateTeamAsync("Front door journey", TeamKind.FrontDoor);
        var frontDoorWorker = await data.CreateWorkerAsync(frontDoor, Role.SocialWorker, "Nadia", "Okafor");
        var frontDoorAccount = await data.CreateUserAsync(Role.SocialWorker, frontDoorWorker);
        var safeguarding = await data.CreateTeamAsync("Safeguarding journey", TeamKind.ChildProtection);
        var socialWorker = await data.CreateWorkerAsync(safeguarding, Role.SocialWorker, "Tom", "Whitfield");
        var socialWorkerAccount = await data.CreateUserAsync(Role.SocialWorker, socialWorker);
        var child = await data.CreateChildAsync("Maisie", "Turner");
        await data.AllocateAsync(child, socialWorker, safeguarding, Today.AddDays(-30));
        var received = Today.AddDays(-7);
        var discussed = Today.AddDays(-6);
        var seen = Today.AddDays(-5);
        var conferenceHeld = Today.AddDays(-4);
        var coreGroupHeld = Today.AddDays(-3);
        var visited = Today.AddDays(-2);
        var reviewed = Today.AddDays(-1);

        await using (var frontDoorTab = await SignInAsync(browser, frontDoorAccount))
        {
            var page = frontDoorTab.Page;
            await OpenAsync(frontDoorTab, "/front-door/contacts/new");
            await FillDateAsync(page, "Date received", received);
            await page.GetByLabel("Time received").FillAsync("09:30");
            await page.GetByLabel("Source", new() { Exact = true }).SelectOptionAsync("2A");
            await page.GetByLabel("Referrer's name").FillAsync("Helen Price");
            await page.GetByLabel("Referrer's agency (optional)").FillAsync("Hillside Primary School");
            await page.GetByLabel("Presenting concerns").FillAsync("Maisie arrived at school with bruising to her arm and said she was scared to go home");
            await page.GetByLabel("Children", new() { Exact = true }).FillAsync(child.LaChildId.Value);
            await ChooseAsync(page, "Is this a police domestic abuse notification?", "No");
            await SubmitAsync(page, "Record contact");
            var contactPath = new Uri(page.Url).AbsolutePath;

            await FollowAsync(page, "Request a check");
            await ChooseAsync(page, "Which agency is the check with?", "Police");
            await FillDateAsync(page, "Date requested", received);
            await page.GetByLabel("Time requested").FillAsync("10:00");
            await SubmitAsync(page, "Request check", "Check requested from Police");

            await FollowAsync(page, "Record return from Police");
            await FillDateAsync(page, "Date returned", received);
            await page.GetByLabel("Time returned").FillAsync("11:15");
            await page.GetByLabel("What did the agency say?").FillAsync("Two domestic incidents at the address in the last year");
            await SubmitAsync(page, "Record return", "Check returned by Police recorded");
            await Assertions.Expect(page.Locator("#checks")).ToContainTextAsync("Two domestic incidents at the address in the last year");

            await OpenAsync(frontDoorTab, $"{contactPath}/consent");
            await ChooseAsync(page, "What is the answer on consent?", "Given");
            await FillDateAsync(page, "Date consent was sought", received);
            await page.GetByLabel("Time consent was sought").FillAsync("10:05");
            await page.GetByLabel("Who was consent sought from?").FillAsync("Maisie's mother");
            await SubmitAsync(page, "Save consent", "Consent recorded: given");

            await OpenAsync(frontDoorTab, $"{contactPath}/acknowledgement");
            await ChooseAsync(page, "How was the referrer told?", "Telephone");
            await FillDateAsync(page, "Date the referrer was told", received);
            await page.GetByLabel("Time the referrer was told").FillAsync("12:00");
            await SubmitAsync(page, "Record acknowledgement", "Acknowledgement to the referrer recorded");

            await FollowAsync(page, "Record decision", AriaRole.Button);
            await ChooseAsync(page, "Which level of need do the concerns meet?", "Child protection");
            await ChooseAsync(page, "What is the outcome?", "Referral to children's social care");
            await page.GetByLabel("Primary need").SelectOptionAsync("N1");
            await page.GetByLabel("Rationale").FillAsync("Injury and disclosure of fear at home: a referral for a strategy discussion");
            await SubmitAsync(page, "Record decision", "Decision recorded: Referral to children's social care");
            frontDoorTab.Errors.ShouldBeEmpty();
        }

        await using var tab = await SignInAsync(browser, socialWorkerAccount);
        var worker = tab.Page;
        var childPath = $"/children/{child.Id}";

        await OpenAsync(tab, $"{childPath}/referrals");
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync("Abuse, neglect and exploitation");

        await OpenAsync(tab, $"{childPath}/child-protection/reasonable-cause");
        await FillDateAsync(worker, "Date of the decision", received);
        await worker.GetByLabel("Time of the decision").FillAsync("14:00");
        await worker.GetByLabel("Who made the decision").FillAsync("Sam Lee, team manager");
        await worker.GetByLabel("Why there is reasonable cause to suspect significant harm").FillAsync("Unexplained bruising and the police history");
        await SubmitAsync(worker, "Record decision");

        await OpenAsync(tab, $"{childPath}/strategy-discussions/new");
        await FillDateAsync(worker, "Date of the strategy discussion", discussed);
        await worker.GetByLabel("Time it started").FillAsync("10:00");
        await ChooseAsync(worker, "Was it a meeting or a discussion?", "Strategy meeting");
        var participants = new[] { ("Tom Whitfield", "Social worker"), ("DC Ray Moss", "Detective constable"), ("Jo Baines", "School nurse") };
        for (var i = 0; i < participants.Length; i++)
        {
            var participant = worker.GetByRole(AriaRole.Group, new() { Name = $"Participant {i + 1}", Exact = true });
            await participant.GetByLabel("Name", new() { Exact = true }).FillAsync(participants[i].Item1);
            await participant.GetByLabel("Role", new() { Exact = true }).FillAsync(participants[i].Item2);
        }

        foreach (var (agency, said) in new[]
        {
            ("children's social care", "The referral and the front door's checks"),
            ("the police", "Two domestic incidents at the address"),
            ("health", "Missed health appointments"),
        })
        {
            await worker.GetByLabel($"What {agency} contributed").FillAsync(said);
            await ChooseAsync(worker, $"Did {agency} agree with the decision?", "Yes");
        }

        await ChooseAsync(worker, "Outcome", "Section 47 enquiry");
        await worker.GetByLabel("Reasons for the decision").FillAsync("Injury with a disclosure of fear: a section 47 enquiry is needed");
        await Axe.ShouldHaveNoSeriousViolationsAsync(worker);
        await SubmitAsync(worker, "Record strategy discussion");

        await FollowAsync(worker, $"Section 47 enquiry started {DisplayDate.Of(discussed)}");
        var enquiryPath = new Uri(worker.Url).AbsolutePath;
        await FollowAsync(worker, "Record whether the child was seen");
        await ChooseAsync(worker, "Was the child seen?", "Yes, seen alone");
        await FillDateAsync(worker, "Date the child was seen", seen);
        await SubmitAsync(worker, "Save");

        await OpenAsync(tab, $"{enquiryPath}/outcome");
        await ChooseAsync(worker, "Were the concerns of significant harm substantiated?", "Yes");
        await ChooseAsync(worker, "Outcome", "Initial child protection conference needed");
        await worker.GetByLabel("Reasons for the outcome").FillAsync("The bruising is consistent with a grip; Maisie described being grabbed");
        await FillDateAsync(worker, "Completion date", seen);
        await SubmitAsync(worker, "Record outcome");

        await OpenAsync(tab, $"{childPath}/work");
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync("Initial child protection conference");
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "Overdue (0)" })).ToBeVisibleAsync();

        await OpenAsync(tab, enquiryPath);
        await FollowAsync(worker, "Record the initial child protection conference");
        await FillAttendeesAsync(
            worker,
            ("Kate Morris", "Conference chair", "LocalAuthority"),
            ("DC Ray Moss", "Detective constable", "Police"),
            ("Jo Baines", "School nurse", "Health"));
        await FillDateAsync(worker, "Date of the conference", conferenceHeld);
        await ChooseAsync(worker, "Was the conference quorate?", "Yes");
        await ChooseAsync(worker, "Outcome", "The child should be the subject of a child protection plan");
        await ChooseAsync(worker, "Initial category of abuse", "Physical abuse");
        await SubmitAsync(worker, "Record conference");

        await OpenAsync(tab, $"{childPath}/child-protection-plans");
        await FollowAsync(worker, $"View the plan started on {DisplayDate.Of(conferenceHeld)}");
        var planPath = new Uri(worker.Url).AbsolutePath;
        await FollowAsync(worker, "Add an action");
        await worker.GetByLabel("What is to be done").FillAsync("Maisie's mother attends the domestic abuse programme");
        await worker.GetByLabel("Who is to do it").FillAsync("Claire Turner, mother");
        await FillDateAsync(worker, "By when", Today.AddDays(28));
        await SubmitAsync(worker, "Add action");

        await OpenAsync(tab, planPath);
        await FollowAsync(worker, "Add the contingency plan");
        await worker.GetByLabel("What happens if things do not improve?").FillAsync("Legal planning meeting to consider proceedings");
        await SubmitAsync(worker, "Save contingency plan");

        await OpenAsync(tab, planPath);
        await FollowAsync(worker, "Finalise the plan", AriaRole.Button);
        await SubmitAsync(worker, "Finalise the plan");

        await OpenAsync(tab, planPath);
        await FollowAsync(worker, "Record a core group meeting");
        await FillAttendeesAsync(worker, ("Tom Whitfield", "Lead social worker", "LocalAuthority"), ("Claire Turner", "Mother", "Family"));
        await FillDateAsync(worker, "Date of the meeting", coreGroupHeld);
        await worker.GetByLabel("Notes", new() { Exact = true }).FillAsync("Mother has started the programme; school reports Maisie is more settled");
        await SubmitAsync(worker, "Record meeting");

        await OpenAsync(tab, $"{childPath}/visits/new");
        await worker.GetByLabel("Kind of visit").SelectOptionAsync("ChildProtection");
        await FillDateAsync(worker, "Date of visit", visited);
        await ChooseAsync(worker, "Was the child seen?", "Yes, seen alone");
        await worker.GetByLabel("The child's wishes and feelings").FillAsync("I like it better now that mum is calmer");
        await SubmitAsync(worker, "Record visit", "Visit recorded");

        await OpenAsync(tab, planPath);
        await FollowAsync(worker, "Record a review conference", AriaRole.Button);
        await FillAttendeesAsync(
            worker,
            ("Kate Morris", "Conference chair", "LocalAuthority"),
            ("DC Ray Moss", "Detective constable", "Police"),
            ("Jo Baines", "School nurse", "Health"));
        await FillDateAsync(worker, "Date of the conference", reviewed);
        await ChooseAsync(worker, "Was the conference quorate?", "Yes");
        await ChooseAsync(worker, "Outcome", "The child no longer needs a child protection plan: the plan ends");
        await SubmitAsync(worker, "Record review conference");

        await OpenAsync(tab, $"{childPath}/referrals");
        await FollowAsync(worker, $"Close the episode referred on {DisplayDate.Of(received)}");
        await FillDateAsync(worker, "Closure date", Today);
        await worker.GetByLabel("Reason for closure").SelectOptionAsync("RC7");
        await SubmitAsync(worker, "Close episode");

        await OpenAsync(tab, $"{childPath}/chronology");
        var chronology = worker.Locator("#chronology");
        foreach (var entry in new[]
        {
            "Referral",
            "Decision: reasonable cause to suspect significant harm",
            "Strategy discussion: section 47 enquiry",
            "Section 47 enquiry started",
            "Section 47 enquiry: child seen alone",
            "Section 47 enquiry outcome: initial child protection conference needed",
            "Child protection plan started: physical abuse",
            "Core group meeting",
            "Child protection plan ended",
            "Child in need episode closed",
        })
        {
            await Assertions.Expect(chronology).ToContainTextAsync(entry);
        }

        await OpenAsync(tab, $"{childPath}/work");
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "Overdue (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "Due today (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "Due soon (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(worker.Locator("#later")).ToHaveCountAsync(0);

        await OpenAsync(tab, "/my-work");
        await Assertions.Expect(worker.Locator("main")).Not.ToContainTextAsync("Maisie Turner");
        tab.Errors.ShouldBeEmpty();
    }
}
