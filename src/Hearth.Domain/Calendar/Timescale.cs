namespace Hearth.Domain.Calendar;

/// <summary>
/// A named statutory or local timescale: the event that starts the clock, the rule for when it is due,
/// the event that stops it, and the guidance it comes from. <see cref="Evaluate(DateOnly, DateOnly?, DateOnly)"/>
/// is the one place Hearth works out a due date and whether it was met (ARCHITECTURE.md, principle 1).
/// </summary>
public sealed class Timescale
{
    /// <summary>The default due-soon window, in the rule's days: working days for working-day rules, otherwise calendar days.</summary>
    public const int DefaultDueSoonWithin = 2;

    public Timescale(
        string key,
        string name,
        string startEvent,
        DueRule rule,
        string stopEvent,
        string source,
        WorkingCalendar calendar,
        int dueSoonWithin = DefaultDueSoonWithin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(startEvent);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(stopEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(calendar);
        if (dueSoonWithin < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dueSoonWithin), dueSoonWithin, "The due-soon window cannot be negative.");
        }

        Key = key;
        Name = name;
        StartEvent = startEvent;
        Rule = rule;
        StopEvent = stopEvent;
        Source = source;
        Calendar = calendar;
        DueSoonWithin = dueSoonWithin;
    }

    /// <summary>A stable identifier, used to override the timescale in configuration.</summary>
    public string Key { get; }

    /// <summary>The timescale's name as practitioners know it.</summary>
    public string Name { get; }

    /// <summary>The event that starts the clock.</summary>
    public string StartEvent { get; }

    /// <summary>When it is due, counted from the start event.</summary>
    public DueRule Rule { get; }

    /// <summary>The event that stops the clock.</summary>
    public string StopEvent { get; }

    /// <summary>The law, guidance or local standard the timescale comes from.</summary>
    public string Source { get; }

    /// <summary>The working days and hours the rule counts in.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>How many days before the due date something open counts as due soon, in the rule's days.</summary>
    public int DueSoonWithin { get; }

    /// <summary>The same timescale with a different rule, for a local authority's own standard.</summary>
    public Timescale WithRule(DueRule rule) => new(Key, Name, StartEvent, rule, StopEvent, Source, Calendar, DueSoonWithin);

    /// <summary>The same timescale with a different due-soon window.</summary>
    public Timescale WithDueSoonWithin(int dueSoonWithin) => new(Key, Name, StartEvent, Rule, StopEvent, Source, Calendar, dueSoonWithin);

    /// <summary>The same timescale counted in a different calendar, such as other working hours.</summary>
    public Timescale WithCalendar(WorkingCalendar calendar) => new(Key, Name, StartEvent, Rule, StopEvent, Source, calendar, DueSoonWithin);

    /// <summary>
    /// Evaluates a timescale that counts from the date of its start event, given the date the clock
    /// started, the date the stop event happened (null while open) and today's date. A timescale to the
    /// hour needs instants: use the other overload.
    /// </summary>
    public TimescaleEvaluation Evaluate(DateOnly start, DateOnly? metOn, DateOnly today)
    {
        if (Rule.CountsFromTime)
        {
            throw new InvalidOperationException($"{Name} is counted from the time of the start event, not its date, so it must be evaluated with instants.");
        }

        var due = Rule.DueDate(start, Calendar);
        var daysLeft = DaysBetween(metOn ?? today, due);
        var status = metOn switch
        {
            { } met when met <= due => TimescaleStatus.MetInTime,
            not null => TimescaleStatus.MetLate,
            null when today > due => TimescaleStatus.Overdue,
            null when today == due => TimescaleStatus.DueToday,
            null when daysLeft <= DueSoonWithin => TimescaleStatus.DueSoon,
            null => TimescaleStatus.NotYetDue,
        };
        return new TimescaleEvaluation(this, status, due, dueAt: null, daysLeft, timeLeft: null);
    }

    /// <summary>
    /// Evaluates a timescale given the instant the clock started, the instant the stop event happened (null
    /// while open) and now. A timescale counted from dates is evaluated on the Europe/London dates of the
    /// instants.
    /// </summary>
    public TimescaleEvaluation Evaluate(DateTimeOffset start, DateTimeOffset? metAt, DateTimeOffset now)
    {
        if (!Rule.CountsFromTime)
        {
            DateOnly? metOn = metAt is { } m ? WorkingCalendar.LocalDate(m) : null;
            return Evaluate(WorkingCalendar.LocalDate(start), metOn, WorkingCalendar.LocalDate(now));
        }

        var dueAt = Rule.DueAt(start, Calendar);
        var dueDate = WorkingCalendar.LocalDate(dueAt);
        var today = WorkingCalendar.LocalDate(now);
        var status = metAt switch
        {
            { } met when met <= dueAt => TimescaleStatus.MetInTime,
            not null => TimescaleStatus.MetLate,
            null when now > dueAt => TimescaleStatus.Overdue,
            null when today == dueDate => TimescaleStatus.DueToday,
            null when DaysBetween(today, dueDate) <= DueSoonWithin => TimescaleStatus.DueSoon,
            null => TimescaleStatus.NotYetDue,
        };
        return new TimescaleEvaluation(this, status, dueDate, dueAt, daysLeft: null, dueAt - (metAt ?? now));
    }

    /// <summary>
    /// Where something due by a date someone set (a plan action's "by when", a manager's direction) stands: the same
    /// statuses as a timescale, counting the due-soon window in calendar days.
    /// </summary>
    public static TimescaleStatus StatusOfSetDate(DateOnly dueDate, DateOnly? metOn, DateOnly today, int dueSoonWithin = DefaultDueSoonWithin) =>
        metOn switch
        {
            { } met when met <= dueDate => TimescaleStatus.MetInTime,
            not null => TimescaleStatus.MetLate,
            null when today > dueDate => TimescaleStatus.Overdue,
            null when today == dueDate => TimescaleStatus.DueToday,
            null when dueDate.DayNumber - today.DayNumber <= dueSoonWithin => TimescaleStatus.DueSoon,
            null => TimescaleStatus.NotYetDue,
        };

    public override string ToString() => $"{Name}: {Rule}";

    private int DaysBetween(DateOnly from, DateOnly to) =>
        Rule.CountsWorkingDays ? Calendar.WorkingDaysBetween(from, to) : to.DayNumber - from.DayNumber;
}
