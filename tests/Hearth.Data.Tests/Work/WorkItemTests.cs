using Hearth.Data.Work;
using Hearth.Domain.Calendar;

namespace Hearth.Data.Tests.Work;

public class WorkItemTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [InlineData(-1, TimescaleStatus.Overdue)]
    [InlineData(0, TimescaleStatus.DueToday)]
    [InlineData(1, TimescaleStatus.DueSoon)]
    [InlineData(2, TimescaleStatus.DueSoon)]
    [InlineData(3, TimescaleStatus.NotYetDue)]
    public void ForSetDate_DaysUntilDue_ReadsAsATimescaleDoes(int daysUntilDue, TimescaleStatus status) =>
        WorkItem.ForSetDate(Guid.CreateVersion7(), "PlanAction", "Plan action", Guid.CreateVersion7(), "/x", Monday.AddDays(daysUntilDue), Monday)
            .Status.ShouldBe(status);

    [Fact]
    public void ForSetDate_WorkerAndDetail_AreCarried()
    {
        var childId = Guid.CreateVersion7();
        var workerId = Guid.CreateVersion7();

        var item = WorkItem.ForSetDate(childId, "PlanAction", "Plan action", childId, "/x", Monday.AddDays(-3), Monday, "Book the meeting", workerId);

        item.Status.ShouldBe(TimescaleStatus.Overdue);
        item.AssignedWorkerId.ShouldBe(workerId);
        item.Detail.ShouldBe("Book the meeting");
        item.DueAt.ShouldBeNull();
    }
}
