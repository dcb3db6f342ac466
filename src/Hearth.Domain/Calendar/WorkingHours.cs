namespace Hearth.Domain.Calendar;

/// <summary>
/// The hours of a working day in Europe/London local time. A time is within working hours from the
/// opening time up to, but not including, the closing time: something received at closing time is
/// received after hours.
/// </summary>
public sealed record WorkingHours
{
    public WorkingHours(TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens)
        {
            throw new ArgumentException("A working day must close after it opens.", nameof(closes));
        }

        Opens = opens;
        Closes = closes;
    }

    /// <summary>09:00 to 17:00, the default working day.</summary>
    public static WorkingHours Standard { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0));

    /// <summary>The local time the working day opens.</summary>
    public TimeOnly Opens { get; }

    /// <summary>The local time the working day closes.</summary>
    public TimeOnly Closes { get; }

    /// <summary>Whether a local time of day is within working hours.</summary>
    public bool Contains(TimeOnly time) => time >= Opens && time < Closes;
}
