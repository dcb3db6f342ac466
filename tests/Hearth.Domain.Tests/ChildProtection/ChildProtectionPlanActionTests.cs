using Hearth.Domain.Calendar;
using static Hearth.Domain.Tests.ChildProtection.ChildProtectionPlanBuilder;

namespace Hearth.Domain.Tests.ChildProtection;

public class ChildProtectionPlanActionTests
{
    [Theory]
    [InlineData(2026, 11, 1, TimescaleStatus.Overdue)]
    [InlineData(2026, 11, 2, TimescaleStatus.DueToday)]
    [InlineData(2026, 11, 9, TimescaleStatus.DueSoon)]
    [InlineData(2026, 11, 10, TimescaleStatus.NotYetDue)]
    public void StatusOn_OpenActionWithADate_StandsAgainstItsDate(int year, int month, int day, TimescaleStatus expected)
    {
        var action = Plan().AddAction("Parenting assessment", "Priya Shah", new DateOnly(year, month, day), Today, Change());

        action.StatusOn(Today).ShouldBe(expected);
    }

    [Fact]
    public void StatusOn_NoDateOrCompleted_HasNone()
    {
        var plan = Plan();
        var undated = plan.AddAction("Attend nursery", "Mother", null, Today, Change());
        var done = plan.AddAction("Parenting assessment", "Priya Shah", Today, Today, Change());
        plan.CompleteAction(done.Id, Today, Today, Change());

        undated.StatusOn(Today).ShouldBeNull();
        done.StatusOn(Today).ShouldBeNull();
    }
}
