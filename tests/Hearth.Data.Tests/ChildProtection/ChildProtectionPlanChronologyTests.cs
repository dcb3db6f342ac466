using Hearth.Data.Chronology;
using Hearth.Domain.Audit;
using Hearth.Domain.ChildProtection;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.ChildProtection;

public class ChildProtectionPlanChronologyTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly FakeClock Clock = new(MondayTen);

    private static ChangeContext By() => new(Guid.CreateVersion7(), "Priya Shah", MondayTen);

    [Theory]
    [DatabaseData]
    public async Task ForChild_PlanWithCoreGroupEndedByReview_ListsConferencesPlanAndMeetings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync();
        await data.CreateChildProtectionPlanAsync(database.CreateContext, other.Id);
        var plan = await data.CreateChildProtectionPlanAsync(database.CreateContext, child.Id, new DateOnly(2026, 10, 1), CategoryOfAbuse.PhysicalAbuse, p =>
        {
            p.RecordCoreGroup(new DateOnly(2026, 10, 14), ChildProtectionPlanTestData.QuorateAttendees(), "Plan developed", Today, By());
            p.RecordReviewConference(new DateOnly(2026, 10, 30), ChildProtectionPlanTestData.QuorateAttendees(), true, ConferenceOutcome.EndPlan, null, Today, By());
        });
        await using var db = database.CreateContext();

        var entries = (await ChildChronology.ForChildAsync(db, child.Id)).Where(e => e.Category == ChronologyCategory.ChildProtection).ToList();

        entries.Select(e => (e.Date, e.What, e.IsSignificant)).ShouldBe(
            [
                (new DateOnly(2026, 10, 1), "Child protection plan started: physical abuse", true),
                (new DateOnly(2026, 10, 1), "Initial child protection conference: child protection plan (physical abuse)", true),
                (new DateOnly(2026, 10, 14), "Core group meeting", false),
                (new DateOnly(2026, 10, 30), "Child protection plan ended", true),
                (new DateOnly(2026, 10, 30), "Child protection review conference: plan ends (physical abuse)", true),
            ]);
        entries.ShouldAllBe(e => e.ChildId == child.Id);
        entries[0].Path.ShouldBe($"/children/{child.Id}/child-protection-plans/{plan.Id}");
        entries[3].Detail.ShouldBe("A review conference decided the plan should end");
    }
}
