using Hearth.Domain.Calendar;

namespace Hearth.Data.Work;

/// <summary>
/// Work due by a date someone set, such as a plan action's or an oversight action's "by when", rather than by a
/// timescale. Its status reads the same as a timescale's: overdue after the date, due today on it, due soon within
/// <see cref="Timescale.DefaultDueSoonWithin"/> calendar days of it.
/// </summary>
public static class SetDate
{
    public static TimescaleStatus StatusOn(DateOnly dueDate, DateOnly today) => (dueDate.DayNumber - today.DayNumber) switch
    {
        < 0 => TimescaleStatus.Overdue,
        0 => TimescaleStatus.DueToday,
        <= Timescale.DefaultDueSoonWithin => TimescaleStatus.DueSoon,
        _ => TimescaleStatus.NotYetDue,
    };

    /// <summary>Open work due by <paramref name="dueDate"/>, with its status on <paramref name="today"/>.</summary>
    public static WorkItem Item(
        string kind,
        string title,
        Guid childId,
        Guid sourceId,
        string path,
        DateOnly dueDate,
        DateOnly today,
        string? detail = null,
        Guid? assignedWorkerId = null) =>
        new()
        {
            ChildId = childId,
            Kind = kind,
            Title = title,
            Path = path,
            SourceId = sourceId,
            DueDate = dueDate,
            Status = StatusOn(dueDate, today),
            Detail = detail,
            AssignedWorkerId = assignedWorkerId,
        };
}
