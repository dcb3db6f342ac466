namespace Hearth.Domain.Calendar;

/// <summary>
/// How one thing stands against its timescale at a moment: when it is due, its status, and the time left
/// (negative when overdue or met late). Task lists, dashboards, Annex A and the returns all read this.
/// </summary>
public sealed record TimescaleEvaluation
{
    internal TimescaleEvaluation(Timescale timescale, TimescaleStatus status, DateOnly dueDate, DateTimeOffset? dueAt, int? daysLeft, TimeSpan? timeLeft)
    {
        Timescale = timescale;
        Status = status;
        DueDate = dueDate;
        DueAt = dueAt;
        DaysLeft = daysLeft;
        TimeLeft = timeLeft;
    }

    /// <summary>The timescale evaluated.</summary>
    public Timescale Timescale { get; }

    /// <summary>Where it stands.</summary>
    public TimescaleStatus Status { get; }

    /// <summary>The due date; for a timescale to the hour, the Europe/London date of <see cref="DueAt"/>.</summary>
    public DateOnly DueDate { get; }

    /// <summary>The instant due, in UTC, for a timescale to the hour; otherwise null.</summary>
    public DateTimeOffset? DueAt { get; }

    /// <summary>
    /// For a timescale in days or months, the days from today (or from the day it was met) to the due
    /// date: working days when the rule counts working days, otherwise calendar days. Negative when overdue
    /// or met late. Null for a timescale to the hour.
    /// </summary>
    public int? DaysLeft { get; }

    /// <summary>
    /// For a timescale to the hour, the time from now (or from when it was met) to the instant due; negative
    /// when overdue or met late. Null for a timescale in days or months.
    /// </summary>
    public TimeSpan? TimeLeft { get; }

    /// <summary>Whether the stop event has happened.</summary>
    public bool IsMet => Status is TimescaleStatus.MetInTime or TimescaleStatus.MetLate;

    /// <summary>Whether the timescale was missed, whether or not the stop event has since happened.</summary>
    public bool IsLate => Status is TimescaleStatus.Overdue or TimescaleStatus.MetLate;
}
