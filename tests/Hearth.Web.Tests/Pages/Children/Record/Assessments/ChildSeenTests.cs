using System.Net;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

public sealed class ChildSeenTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    private static string Url(Guid childId, Guid assessmentId) => $"/children/{childId}/assessments/{assessmentId}/child-seen";

    private static Dictionary<string, string> Fields(string seenAlone, string reason = "") => new()
    {
        ["SeenOn.Day"] = "8",
        ["SeenOn.Month"] = "9",
        ["SeenOn.Year"] = "2026",
        ["SeenAlone"] = seenAlone,
        ["NotSeenAloneReason"] = reason,
    };

    [Fact]
    public async Task Post_NotSeenAloneWithReason_SavesWithBeforeAndAfterAndRedirects()
    {
        var (client, account, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields("false", "Baby, seen with mother"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.AssessmentAsync(assessment.Id);
        saved.ChildSeenOn.ShouldBe(new DateOnly(2026, 9, 8));
        saved.ChildSeenAlone.ShouldBeFalse();
        saved.NotSeenAloneReason.ShouldBe("Baby, seen with mother");
        var change = (await factory.ChangesOfAsync(child.Id)).ShouldHaveSingleItem();
        change.ActorId.ShouldBe(account.Id);
        change.Fields.ShouldContain(f => f.Field == "Child seen on" && f.Before == null && f.After == "2026-09-08");
        change.Fields.ShouldContain(f => f.Field == "Seen alone" && f.After == "No");
    }

    [Fact]
    public async Task Post_NotSeenAloneWithoutReason_ShowsTheRuleAndKeepsInput()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), Fields("false"));

        var page = await response.ShouldShowPageAsync();
        page.Text("#NotSeenAloneReason-error").ShouldContain("Enter why the child was not seen alone");
        page.InputValue("SeenOn.Day").ShouldBe("8");
        (await factory.AssessmentAsync(assessment.Id)).ChildSeenOn.ShouldBeNull();
    }

    [Fact]
    public async Task Post_NothingChosen_AsksWhetherSeenAlone()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);

        using var response = await client.SubmitFormAsync(Url(child.Id, assessment.Id), new Dictionary<string, string> { ["SeenOn.Day"] = "8", ["SeenOn.Month"] = "9", ["SeenOn.Year"] = "2026" });

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("Select whether the child was seen alone");
    }

    [Fact]
    public async Task Post_ChangedBysomeoneElseSinceOpened_SaysSoAndSavesNothing()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddAssessmentAsync(episode);
        var stale = await factory.AssessmentAsync(assessment.Id);
        await using (var db = factory.Database.CreateContext())
        {
            var loaded = db.Set<Hearth.Domain.Assessments.ChildAndFamilyAssessment>().Single(a => a.Id == assessment.Id);
            loaded.RecordChildSeen(new DateOnly(2026, 9, 2), true, null, factory.Data.Today, factory.Data.Change());
            await db.SaveChangesAsync();
        }

        using var response = await client.PostAsync(
            Url(child.Id, assessment.Id), new Dictionary<string, string>(Fields("true")) { ["Version"] = stale.Version.ToString() }, tokenFrom: Url(child.Id, assessment.Id));

        (await response.ShouldShowPageAsync()).ErrorSummary().ShouldContain("Someone else changed this assessment while you were editing it. Check the assessment, then try again.");
        (await factory.AssessmentAsync(assessment.Id)).ChildSeenOn.ShouldBe(new DateOnly(2026, 9, 2));
    }

    [Fact]
    public async Task Get_AwaitingAuthorisation_SaysItCannotBeChangedWithoutAForm()
    {
        var (client, _, child, episode) = await factory.SignInWithEpisodeAsync();
        var assessment = await factory.AddCompletedAssessmentAsync(episode);

        var page = await client.GetPageAsync(Url(child.Id, assessment.Id));

        page.Text(".govuk-inset-text").ShouldContain("a team manager must return it before it can be changed");
        page.QuerySelector("input[name='SeenOn.Day']").ShouldBeNull();
    }

    [Fact]
    public async Task Post_ReadOnlyRole_IsRefusedAndLogged()
    {
        var child = await factory.Data.CreateChildAsync();
        var assessment = await factory.AddAssessmentAsync(await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral));
        var (client, account) = await factory.SignInAsNewUserAsync(Role.SeniorLeader);

        using var response = await client.PostAsync(Url(child.Id, assessment.Id), Fields("true"), tokenFrom: $"/children/{child.Id}/assessments");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.AssessmentAsync(assessment.Id)).ChildSeenOn.ShouldBeNull();
        (await factory.ViewsOfAsync(child.Id, account.Id)).ShouldContain(v => !v.Allowed && v.Page.EndsWith("/child-seen", StringComparison.Ordinal));
    }
}
