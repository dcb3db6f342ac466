using System.Globalization;

namespace Hearth.Domain.Calendar;

/// <summary>How a due rule counts.</summary>
public enum DueRuleKind
{
    /// <summary>Working days from the date of the start event.</summary>
    WorkingDays,

    /// <summary>Calendar days from the date of the start event.</summary>
    CalendarDays,

    /// <summary>Calendar months from the date of the start event.</summary>
    Months,

    /// <summary>Whole working days from the time of the start event, the clock starting at the next opening if it happened out of hours.</summary>
    WorkingTime,

    /// <summary>Hours from the time of the start event, whatever the day or time.</summary>
    Hours,
}

/// <summary>When something is due, counted from its start event: for example 45 working days, or 1 working day from the time received.</summary>
public sealed record DueRule
{
    private DueRule(DueRuleKind kind, int amount)
    {
        Kind = kind;
        Amount = amount;
    }

    /// <summary>How the rule counts.</summary>
    public DueRuleKind Kind { get; }

    /// <summary>How many days, months or hours.</summary>
    public int Amount { get; }

    /// <summary>Whether the rule runs from the time of the start event rather than its date.</summary>
    public bool CountsFromTime => Kind is DueRuleKind.WorkingTime or DueRuleKind.Hours;

    /// <summary>Whether the rule counts working days, so that time left is told in working days.</summary>
    public bool CountsWorkingDays => Kind is DueRuleKind.WorkingDays or DueRuleKind.WorkingTime;

    /// <summary>Due the given number of working days after the date of the start event, which is day 0.</summary>
    public static DueRule WorkingDays(int workingDays) => Create(DueRuleKind.WorkingDays, workingDays);

    /// <summary>Due the given number of calendar days after the date of the start event, even if that is not a working day.</summary>
    public static DueRule CalendarDays(int days) => Create(DueRuleKind.CalendarDays, days);

    /// <summary>
    /// Due on the same day of the month the given number of months after the start event's date, or on the
    /// last day of that month if it is shorter: 31 January plus 1 month is 28 or 29 February.
    /// </summary>
    public static DueRule Months(int months) => Create(DueRuleKind.Months, months);

    /// <summary>Due the given number of whole working days after the time of the start event, as <see cref="WorkingCalendar.AddWorkingTime"/> counts them.</summary>
    public static DueRule WorkingTime(int workingDays) => Create(DueRuleKind.WorkingTime, workingDays);

    /// <summary>Due the given number of hours after the time of the start event, nights, weekends and bank holidays included.</summary>
    public static DueRule Hours(int hours) => Create(DueRuleKind.Hours, hours);

    /// <summary>A rule of the given kind and amount, for rules read from configuration.</summary>
    public static DueRule Create(DueRuleKind kind, int amount)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "That is not a kind of due rule.");
        }

        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A timescale cannot be a negative number of days, months or hours.");
        }

        return new DueRule(kind, amount);
    }

    /// <summary>The due date for a start event on the given date. Only for rules that count from the date.</summary>
    public DateOnly DueDate(DateOnly start, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Kind switch
        {
            DueRuleKind.WorkingDays => calendar.AddWorkingDays(start, Amount),
            DueRuleKind.CalendarDays => start.AddDays(Amount),

            // DateOnly.AddMonths keeps the day of the month or, where the later month is shorter, takes its
            // last day: the corresponding date rule the courts apply to periods in months (Dodds v Walker [1981]).
            DueRuleKind.Months => start.AddMonths(Amount),
            _ => throw new InvalidOperationException($"A rule of {this} counts from the time of the start event, not its date."),
        };
    }

    /// <summary>The instant due for a start event at the given instant, in UTC. Only for rules that count from the time.</summary>
    public DateTimeOffset DueAt(DateTimeOffset start, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Kind switch
        {
            DueRuleKind.WorkingTime => calendar.AddWorkingTime(start, Amount),
            DueRuleKind.Hours => start.ToUniversalTime().AddHours(Amount),
            _ => throw new InvalidOperationException($"A rule of {this} counts from the date of the start event, not its time."),
        };
    }

    public override string ToString() => Kind switch
    {
        DueRuleKind.WorkingDays => Plural(Amount, "working day"),
        DueRuleKind.CalendarDays => Plural(Amount, "calendar day"),
        DueRuleKind.Months => Plural(Amount, "month"),
        DueRuleKind.WorkingTime => Plural(Amount, "working day") + ", to the hour",
        DueRuleKind.Hours => Plural(Amount, "hour"),
        _ => Kind.ToString(),
    };

    private static string Plural(int amount, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount} {unit}{(amount == 1 ? string.Empty : "s")}");
}
