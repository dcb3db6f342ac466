namespace Hearth.Domain.Calendar;

/// <summary>Where something with a timescale stands: still open and how close to due, or done and whether in time.</summary>
public enum TimescaleStatus
{
    /// <summary>Open, and due later than the due-soon window.</summary>
    NotYetDue,

    /// <summary>Open, and due within the due-soon window but not today.</summary>
    DueSoon,

    /// <summary>Open, and due today (for a timescale to the hour, due later today).</summary>
    DueToday,

    /// <summary>Open, and past its due date or time.</summary>
    Overdue,

    /// <summary>Done on or before its due date or time.</summary>
    MetInTime,

    /// <summary>Done after its due date or time.</summary>
    MetLate,
}
