using System.Net;
using Hearth.Data.Chronology;
using Hearth.Data.Work;
using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Web;
using Hearth.Web.Tests.Pages.Caseload;
using Hearth.Web.Tests.Pages.Children.Record.Referrals;

namespace Hearth.Web.Tests.Pages.Children.Record.Assessments;

/// <summary>A referral through a child and family assessment, authorised by the manager, to a finalised and reviewed child in need plan.</summary>
public sealed class AssessmentToPlanJourneyTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Journey_AssessmentAuthorisedThenPlanFinalisedAndEnded_WorkAndChronologyFollowEachStep()
    {
        var team = await factory.Data.CreateTeamAsync();
        var child = await factory.Data.CreateChildAsync();
        await factory.Data.AllocateAsync(child, await factory.Data.CreateWorkerAsync(team), team);
        await factory.AddEpisodeAsync(child.Id, AssessmentPages.Referral);
        var (worker, _) = await factory.SignInAsNewUserAsync(Role.SocialWorker, team);
        var (manager, _) = await factory.SignInAsNewUserAsync(Role.TeamManager, team);
        var assessments = $"/children/{child.Id}/assessments";

        using var started = await worker.SubmitFormAsync($"{assessments}/start", Date("StartDate", 2, 9));
        var assessmentPath = started.Headers.Location!.OriginalString;
        (await WorkAsync(child.Id)).ShouldHaveSingleItem().Kind.ShouldBe("ChildAndFamilyAssessment");

        await Redirects(worker.SubmitFormAsync($"{assessmentPath}/child-seen", new Dictionary<string, string>(Date("SeenOn", 3, 9)) { ["SeenAlone"] = "true" }));
        await Redirects(worker.PostFormAsync($"{assessmentPath}/factors", (await worker.ReadFormAsync($"{assessmentPath}/factors")).With("Factors", "16A", "4B")));
        await Redirects(worker.SubmitFormAsync($"{assessmentPath}/analysis", new Dictionary<string, string> { ["Analysis"] = "Neglect linked to mother's depression", ["Outcome"] = "ChildInNeedPlan" }));
        await Redirects(worker.SubmitFormAsync($"{assessmentPath}/complete", Date("CompletedOn", 2, 11)));
        (await WorkAsync(child.Id)).ShouldHaveSingleItem().Title.ShouldBe("Authorise the child and family assessment");

        await Redirects(manager.SubmitFormAsync($"{assessmentPath}/authorise", Date("AuthorisedOn", 2, 11)));
        (await factory.AssessmentsOfAsync(child.Id)).ShouldHaveSingleItem().Status.ShouldBe(AssessmentStatus.Authorised);
        (await WorkAsync(child.Id)).ShouldBeEmpty();

        using var planStarted = await worker.SubmitFormAsync($"/children/{child.Id}/child-in-need-plans/start", Date("StartDate", 2, 11));
        var planPath = planStarted.Headers.Location!.OriginalString;
        (await WorkAsync(child.Id)).Select(w => w.Kind).ShouldBe(["ChildInNeedPlanFinalise", "ChildInNeedVisit", "ChildInNeedPlanReview"], ignoreOrder: true);

        await Redirects(worker.SubmitFormAsync($"{planPath}/actions", new Dictionary<string, string>(Date("ByWhen", 30, 11)) { ["What"] = "GP appointment for mother", ["Who"] = "Mother" }));
        await Redirects(worker.SubmitFormAsync($"{planPath}/contingency", new Dictionary<string, string> { ["ContingencyPlan"] = "Strategy discussion if the home conditions worsen" }));
        await Redirects(worker.SubmitFormAsync($"{planPath}/finalise", Date("FinalisedOn", 2, 11)));
        await Redirects(manager.SubmitFormAsync($"{planPath}/authorise", Date("AuthorisedOn", 2, 11)));
        var work = await WorkAsync(child.Id);
        work.ShouldNotContain(w => w.Kind == "ChildInNeedPlanFinalise");
        work.Single(w => w.Kind == "ChildInNeedPlanAction").DueDate.ShouldBe(new DateOnly(2026, 11, 30));

        await Redirects(worker.SubmitFormAsync($"{planPath}/review", new Dictionary<string, string>(Date("ReviewedOn", 2, 11)) { ["Notes"] = "Needs met early", ["Outcome"] = "End" }));
        (await WorkAsync(child.Id)).ShouldBeEmpty();

        await using var db = factory.Database.CreateContext();
        var chronology = await ChildChronology.ForChildAsync(db, child.Id);
        chronology.Where(e => e.Category is ChronologyCategory.Assessment or ChronologyCategory.ChildInNeedPlan).Select(e => e.What).ShouldBe(
        [
            "Child and family assessment started",
            "Child seen alone during the assessment",
            "Child and family assessment authorised by " + (await factory.AssessmentsOfAsync(child.Id)).Single().AuthorisedByName,
            "Child and family assessment completed",
            "Child in need plan ended",
            "Child in need plan reviewed: plan to end",
            "Child in need plan started",
        ]);
    }

    private static Dictionary<string, string> Date(string field, int day, int month) => new()
    {
        [$"{field}.Day"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = "2026",
    };

    private static async Task Redirects(Task<HttpResponseMessage> posting)
    {
        using var response = await posting;
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private async Task<IReadOnlyList<WorkItem>> WorkAsync(Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await WorkList.OpenAsync(db, new WorkQuery([childId], factory.Clock.GetUtcNow(), Timescales.Standard));
    }
}
