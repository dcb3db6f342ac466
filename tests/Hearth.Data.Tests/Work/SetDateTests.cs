using Hearth.Data.Work;
using Hearth.Domain.Calendar;

namespace Hearth.Data.Tests.Work;

public class SetDateTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [InlineData(-1, TimescaleStatus.Overdue)]
    [InlineData(0, TimescaleStatus.DueToday)]
    [InlineData(1, TimescaleStatus.DueSoon)]
    [InlineData(2, TimescaleStatus.DueSoon)]
    [InlineData(3, TimescaleStatus.NotYetDue)]
    public void StatusOn_DaysUntilDue_ReadsAsATimescaleDoes(int daysUntilDue, TimescaleStatus status) =>
        SetDate.StatusOn(Monday.AddDays(daysUntilDue), Monday).ShouldBe(status);

    [Fact]
    public void Item_SetDate_CarriesTheWorkerAndDetail()
    {
        var childId = Guid.CreateVersion7();
        var workerId = Guid.CreateVersion7();

        var item = SetDate.Item("PlanAction", "Plan action", childId, childId, "/x", Monday.AddDays(-3), Monday, "Book the meeting", workerId);

        item.Status.ShouldBe(TimescaleStatus.Overdue);
        item.AssignedWorkerId.ShouldBe(workerId);
        item.Detail.ShouldBe("Book the meeting");
        item.DueAt.ShouldBeNull();
    }
}
