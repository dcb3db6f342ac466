using System.Net;
using Hearth.Data.Chronology;
using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.Children.Record.ChildProtection.Plans;

/// <summary>A child taken through the pages from an initial conference to the end of the plan by a review conference.</summary>
public sealed class PlanJourneyTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Journey_ConferenceToPlanToReviewThatEndsIt_KeepsEveryStepOnTheRecord()
    {
        var (client, _, child, _) = await factory.SignInWithAllocatedChildAsync();
        await factory.Data.OpenEpisodeAsync(factory.Database.CreateContext, child.Id, new DateOnly(2026, 9, 1));
        var childPath = $"/children/{child.Id}";

        using var conference = await client.SubmitFormAsync(
            $"{childPath}/child-protection-conferences/initial",
            new Dictionary<string, string> { ["IsQuorate"] = "yes", ["Outcome"] = "plan", ["CategoryCode"] = "NEG" }.Date("HeldOn", new DateOnly(2026, 10, 1)).WithAttendees());
        conference.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var planPath = conference.Headers.Location!.OriginalString;

        await WorkAsync(child.Id, items => items.ShouldContain(i => i.Kind == "ChildProtectionPlanFinalise" && i.Path == planPath));

        (await client.SubmitFormAsync($"{planPath}/actions/add", new Dictionary<string, string> { ["What"] = "Parenting assessment", ["Who"] = "Priya Shah" }.Date("ByWhen", new DateOnly(2026, 12, 1))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.SubmitFormAsync($"{planPath}/contingency-plan", new Dictionary<string, string> { ["Contingency"] = "Legal planning meeting" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.SubmitFormAsync($"{planPath}/finalise", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.SubmitFormAsync($"{planPath}/core-groups/new", new Dictionary<string, string> { ["Notes"] = "Plan developed" }.Date("HeldOn", new DateOnly(2026, 10, 14)).WithAttendees()))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await WorkAsync(child.Id, items =>
        {
            items.ShouldNotContain(i => i.Kind == "ChildProtectionPlanFinalise");
            items.Single(i => i.Kind == "CoreGroup").DueDate.ShouldBe(new DateOnly(2026, 11, 25));
            items.Single(i => i.Kind == "ChildProtectionPlanAction").Detail.ShouldBe("Parenting assessment (Priya Shah)");
        });

        (await client.SubmitFormAsync(
                $"{planPath}/review-conferences/new",
                new Dictionary<string, string> { ["IsQuorate"] = "yes", ["Outcome"] = "end" }.Date("HeldOn", new DateOnly(2026, 11, 2)).WithAttendees()))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetPageAsync(planPath);
        page.Text("body").ShouldContain("A review conference decided the plan should end");
        page.QuerySelector("#clocks").ShouldBeNull();
        await WorkAsync(child.Id, items => items.ShouldBeEmpty());
        await using var db = factory.Database.CreateContext();
        (await ChildChronology.ForChildAsync(db, child.Id)).Where(e => e.Category == ChronologyCategory.ChildProtection && e.IsSignificant).Select(e => e.What).ShouldBe(
            [
                "Child protection plan started: neglect",
                "Initial child protection conference: child protection plan (neglect)",
                "Child protection plan ended",
                "Child protection review conference: plan ends (neglect)",
            ]);
        (await factory.PlanOfAsync(child.Id))!.EndReason.ShouldBe(ChildProtectionPlanEndReason.ReviewConference);
    }

    private async Task WorkAsync(Guid childId, Action<IReadOnlyList<WorkItem>> check)
    {
        await using var db = factory.Database.CreateContext();
        var items = (await WorkList.OpenAsync(db, new WorkQuery([childId], factory.Clock.GetUtcNow(), Timescales.Standard)))
            .Where(i => i.Path.Contains("/child-protection-plans/", StringComparison.Ordinal))
            .ToList();
        check(items);
    }
}
