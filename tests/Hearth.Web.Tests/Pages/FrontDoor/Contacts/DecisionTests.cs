using System.Net;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Microsoft.EntityFrameworkCore;
using static Hearth.Web.Tests.Pages.FrontDoor.FrontDoorTestExtensions;

namespace Hearth.Web.Tests.Pages.FrontDoor.Contacts;

public sealed class DecisionTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private Task<Contact> ContactAsync(Guid id) => factory.QueryAsync(db => db.Set<Contact>().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Get_DomesticAbuseNotification_ShowsTheFormAndSaysItNeedsADecision()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], domesticAbuse: true);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/decision");

        page.Text("h1").ShouldBe("Record the decision");
        page.Text(".govuk-inset-text").ShouldContain("Record a decision even if it is below threshold");
        page.QuerySelectorAll("input[name=Threshold]").Length.ShouldBe(4);
        page.QuerySelectorAll("input[name=Outcome]").Length.ShouldBe(5);
    }

    [Fact]
    public async Task Post_BelowThresholdDomesticAbuseNotification_RecordsTheDecisionAndRedirects()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child], domesticAbuse: true);
        var (client, account) = await factory.SignInAtFrontDoorAsync(Role.TeamManager);

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string>
        {
            ["Threshold"] = "Universal",
            ["Outcome"] = "NoFurtherAction",
            ["Rationale"] = "Verbal argument only; children were at their grandmother's",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/front-door/contacts/{contact.Id}");
        var saved = await ContactAsync(contact.Id);
        saved.Status.ShouldBe(ContactStatus.Decided);
        saved.Threshold.ShouldBe(LevelOfNeed.Universal);
        saved.Outcome.ShouldBe(ContactOutcome.NoFurtherAction);
        saved.DecidedAt.ShouldBe(factory.Clock.GetUtcNow());
        saved.DecidedById.ShouldBe(account.Id);
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.Reason.ShouldBe("Decision on the type of response");
        change.Fields.ShouldContain(new FieldChange("Status", "Awaiting decision", "Decided"));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("Decision recorded: No further action");
        page.Text("#clock").ShouldContain("Decided in time");
        page.Text("#decision").ShouldContain("Verbal argument only");
    }

    [Fact]
    public async Task Post_StrategyDiscussionAtEarlyHelp_ShowsTheRuleKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string>
        {
            ["Threshold"] = "EarlyHelp",
            ["Outcome"] = "ImmediateStrategyDiscussion",
            ["Rationale"] = "Worried about bruising",
            ["PrimaryNeedCode"] = "N1",
        });

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["An immediate strategy discussion needs the child protection threshold to be met"]);
        page.QuerySelector("#Outcome-error").ShouldNotBeNull();
        page.QuerySelector("textarea[name=Rationale]")!.TextContent.ShouldBe("Worried about bruising");
        page.QuerySelector("input[name=Threshold][value=EarlyHelp]")!.HasAttribute("checked").ShouldBeTrue();
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.AwaitingDecision);
    }

    [Fact]
    public async Task Post_AfterSomeoneElseDecided_SaysSoAndKeepsTheirDecision()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();
        await using (var db = factory.Database.CreateContext())
        {
            var other = await db.Set<Contact>().SingleAsync(c => c.Id == contact.Id);
            other.Decide(LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp, "Family asked for help", new ChangeContext(Guid.CreateVersion7(), "Other worker", At(11, 2, 9, 50)));
            await db.SaveChangesAsync();
        }

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string>
        {
            ["Threshold"] = "Universal",
            ["Outcome"] = "NoFurtherAction",
            ["Rationale"] = "No concerns",
        }, $"/front-door/contacts/{contact.Id}");

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldBe(["A decision has already been recorded on this contact"]);
        (await ContactAsync(contact.Id)).Outcome.ShouldBe(ContactOutcome.EarlyHelp);
    }

    [Fact]
    public async Task Post_NothingChosen_AsksForTheLevelAndOutcome()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string> { ["Rationale"] = "Unsure" });

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldBe(["Select the level of need", "Select the outcome"]);
    }

    [Fact]
    public async Task Post_SocialWorkerOutsideTheFrontDoor_IsRefused()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, await factory.Data.CreateTeamAsync());

        using var response = await client.PostAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string>
        {
            ["Threshold"] = "Universal",
            ["Outcome"] = "NoFurtherAction",
            ["Rationale"] = "No concerns",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.AwaitingDecision);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        using var client = factory.CreateHearthClient();

        using var response = await client.Http.GetAsync(new Uri($"/front-door/contacts/{Guid.CreateVersion7()}/decision", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    private Task<List<ChildInNeedEpisode>> EpisodesAsync(params Guid[] childIds) =>
        factory.QueryAsync(db => db.Set<ChildInNeedEpisode>().AsNoTracking().Where(e => childIds.Contains(e.ChildId)).ToListAsync());

    private static Dictionary<string, string> Referral(string primaryNeed) => new()
    {
        ["Threshold"] = "ChildInNeed",
        ["Outcome"] = "ReferralToChildrensSocialCare",
        ["Rationale"] = "Needs an assessment of the family's needs",
        ["PrimaryNeedCode"] = primaryNeed,
    };

    [Fact]
    public async Task Post_ReferralForTwoChildren_OpensAnEpisodeForEachInTheSameSave()
    {
        var child = await factory.Data.CreateChildAsync();
        var sibling = await factory.Data.CreateChildAsync();
        await using (var db = factory.Database.CreateContext())
        {
            var earlier = ChildInNeedEpisode.Open(sibling.Id, new DateOnly(2026, 1, 5), ReferralSource.Police, PrimaryNeed.LowIncome, null, [], factory.Data.Today, factory.Data.Change());
            earlier.Close(new DateOnly(2026, 3, 1), ClosureReason.ServicesCeased, [], factory.Data.Today, factory.Data.Change());
            db.Add(earlier);
            await db.SaveChangesAsync();
        }

        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child, sibling]);
        var (client, account) = await factory.SignInAtFrontDoorAsync(Role.TeamManager);

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", Referral("N1"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ContactAsync(contact.Id)).Outcome.ShouldBe(ContactOutcome.ReferralToChildrensSocialCare);
        var opened = (await EpisodesAsync(child.Id, sibling.Id)).Where(e => e.IsOpen).ToList();
        opened.Select(e => e.ChildId).ShouldBe([child.Id, sibling.Id], ignoreOrder: true);
        opened.ShouldAllBe(e => e.ContactId == contact.Id && e.ReferralDate == new DateOnly(2026, 11, 2) && e.Source == ReferralSource.Schools && e.PrimaryNeed == PrimaryNeed.AbuseNeglectAndExploitation);
        opened.Single(e => e.ChildId == sibling.Id).IsReReferral.ShouldBeTrue();
        opened.Single(e => e.ChildId == child.Id).IsReReferral.ShouldBeFalse();
        var referral = (await factory.ChangesOfAsync(child.Id)).Single(c => c.EntityType == nameof(ChildInNeedEpisode));
        referral.ActorId.ShouldBe(account.Id);
        referral.Fields.ShouldContain(new FieldChange("From contact", null, contact.Id.ToString()));
    }

    [Fact]
    public async Task Post_ImmediateStrategyDiscussion_OpensAnEpisodeWhoseDecisionIsTheReasonableCause()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(10, 29, 16), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string>
        {
            ["Threshold"] = "ChildProtection",
            ["Outcome"] = "ImmediateStrategyDiscussion",
            ["Rationale"] = "Disclosure of physical abuse",
            ["PrimaryNeedCode"] = "N1",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var episode = (await EpisodesAsync(child.Id)).ShouldHaveSingleItem();
        episode.ContactId.ShouldBe(contact.Id);
        episode.PrimaryNeed.ShouldBe(PrimaryNeed.AbuseNeglectAndExploitation);
        episode.ReferralDate.ShouldBe(new DateOnly(2026, 10, 29), "the contact's first receipt, not the day of the decision");
        var saved = await ContactAsync(contact.Id);
        var cause = Hearth.Domain.ChildProtection.ReasonableCause.FromContact(saved, episode).ShouldNotBeNull();
        cause.DecidedAt.ShouldBe(saved.DecidedAt!.Value);
    }

    [Fact]
    public async Task Post_ReferralWithoutPrimaryNeed_AsksForItKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", Referral(""));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(["Select the child's primary need"]);
        page.Text("#PrimaryNeedCode-error").ShouldContain("Select the child's primary need");
        page.QuerySelector("input[name=Outcome][value=ReferralToChildrensSocialCare]")!.HasAttribute("checked").ShouldBeTrue();
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.AwaitingDecision);
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_OtherOutcomeWithoutPrimaryNeed_OpensNoEpisode()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", new Dictionary<string, string>
        {
            ["Threshold"] = "EarlyHelp",
            ["Outcome"] = "EarlyHelp",
            ["Rationale"] = "Family support worker",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ReferralForAChildWithAnOpenEpisode_KeepsTheOpenEpisodeAndSaysSo()
    {
        var child = await factory.Data.CreateChildAsync();
        await using (var db = factory.Database.CreateContext())
        {
            db.Add(ChildInNeedEpisode.Open(child.Id, new DateOnly(2026, 9, 1), ReferralSource.Police, PrimaryNeed.LowIncome, null, [], factory.Data.Today, factory.Data.Change()));
            await db.SaveChangesAsync();
        }

        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", Referral("N4"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodesAsync(child.Id)).ShouldHaveSingleItem().ReferralDate.ShouldBe(new DateOnly(2026, 9, 1));
        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}");
        page.Text(".govuk-notification-banner").ShouldContain("No new child in need episode for");
    }

    [Fact]
    public async Task Get_LevelsOfNeed_ShowTheLocalFrameworksNamesAndDescriptions()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();

        var page = await client.GetPageAsync($"/front-door/contacts/{contact.Id}/decision");

        var framework = new LevelOfNeedFramework();
        page.QuerySelector("label[for=Threshold]")!.TextContent.Trim().ShouldBe(framework.Universal.Name);
        page.Text("#Threshold-item-hint").ShouldBe(framework.Universal.Description);
    }

    [Fact]
    public async Task Post_SomeoneElseReferredTheSameChildAtTheSameMoment_SaysSoKeepsInputAndSavesNothing()
    {
        var child = await factory.Data.CreateChildAsync();
        var contact = await factory.RecordContactAsync(At(11, 2, 9), [child]);
        var (client, _) = await factory.SignInAtFrontDoorAsync();
        // The other person's open episode arrives between this page's checks and its save, as the unique index on
        // open episodes reports it.
        await using (var db = factory.Database.CreateContext())
        {
            var trigger = $"CREATE TRIGGER race_{contact.Id:N} BEFORE INSERT ON child_in_need_episodes WHEN upper(NEW.contact_id) = '{contact.Id.ToString().ToUpperInvariant()}' "
                + "BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: child_in_need_episodes.child_id'); END";
            await db.Database.ExecuteSqlRawAsync(trigger);
        }

        using var response = await client.SubmitFormAsync($"/front-door/contacts/{contact.Id}/decision", Referral("N1"));

        var page = await response.ShouldShowPageAsync();
        page.ErrorSummary().ShouldBe(
            ["Someone else opened a child in need episode for a child on this contact while you were working on it. Your decision has not been saved: check the children's records, then try again"]);
        page.QuerySelector("textarea[name=Rationale]")!.TextContent.ShouldBe("Needs an assessment of the family's needs");
        page.QuerySelector("input[name=Outcome][value=ReferralToChildrensSocialCare]")!.HasAttribute("checked").ShouldBeTrue();
        AngleSharp.Dom.ParentNodeExtensions.QuerySelector<AngleSharp.Html.Dom.IHtmlOptionElement>(page, "select[name=PrimaryNeedCode] option[value=N1]")!.IsSelected.ShouldBeTrue();
        (await ContactAsync(contact.Id)).Status.ShouldBe(ContactStatus.AwaitingDecision);
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
    }
}
