using System.Globalization;

namespace Hearth.Domain.Calendar;

/// <summary>
/// Working days and working hours in England: Monday to Friday except bank holidays, with days starting
/// and ending in Europe/London local time. Every count of working days in Hearth goes through here, and
/// every date outside the years the bank holidays are known for is refused rather than guessed.
/// </summary>
/// <remarks>
/// Counting convention: the day something happens is day 0. <see cref="AddWorkingDays(DateOnly, int)"/>
/// with 1 gives the first working day after it, and <see cref="WorkingDaysBetween(DateOnly, DateOnly)"/>
/// counts the working days after <c>from</c> up to and including <c>to</c>. So an assessment that must be
/// completed "within 45 working days of the referral" is due on <c>AddWorkingDays(referral, 45)</c> and is
/// in time when <c>WorkingDaysBetween(referral, completed)</c> is 45 or less, as the CIN census counts it.
/// </remarks>
public sealed class WorkingCalendar
{
    private static readonly Lazy<TimeZoneInfo> s_london = new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    private static readonly Lazy<WorkingCalendar> s_englandAndWales =
        new(() => new WorkingCalendar(BankHolidays.EnglandAndWales, WorkingHours.Standard));

    private readonly bool[] _isWorkingDay;
    private readonly int[] _workingDaysToDate;

    public WorkingCalendar(BankHolidays bankHolidays, WorkingHours workingHours)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        ArgumentNullException.ThrowIfNull(workingHours);
        BankHolidays = bankHolidays;
        WorkingHours = workingHours;

        var days = bankHolidays.LastDate.DayNumber - bankHolidays.FirstDate.DayNumber + 1;
        _isWorkingDay = new bool[days];
        _workingDaysToDate = new int[days];
        var count = 0;
        for (var i = 0; i < days; i++)
        {
            var date = bankHolidays.FirstDate.AddDays(i);
            _isWorkingDay[i] = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.IsBankHoliday(date);
            if (_isWorkingDay[i])
            {
                count++;
            }

            _workingDaysToDate[i] = count;
        }
    }

    /// <summary>England and Wales bank holidays with a 09:00 to 17:00 working day.</summary>
    public static WorkingCalendar EnglandAndWales => s_englandAndWales.Value;

    /// <summary>The time zone working days start and end in.</summary>
    public static TimeZoneInfo London => s_london.Value;

    /// <summary>The bank holidays this calendar skips.</summary>
    public BankHolidays BankHolidays { get; }

    /// <summary>The hours of each working day.</summary>
    public WorkingHours WorkingHours { get; }

    /// <summary>The same bank holidays with different working hours.</summary>
    public WorkingCalendar WithWorkingHours(WorkingHours workingHours) =>
        workingHours == WorkingHours ? this : new WorkingCalendar(BankHolidays, workingHours);

    /// <summary>Whether the date is a working day: a weekday that is not a bank holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => _isWorkingDay[IndexOf(date, nameof(date))];

    /// <summary>The first working day after the date (never the date itself).</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>
    /// The date a number of working days after (or, if negative, before) the date, counting the date itself
    /// as day 0. From a Saturday, 1 working day is the Monday and -1 is the Friday. 0 returns the date itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var index = IndexOf(date, nameof(date));
        var step = Math.Sign(workingDays);
        var remaining = Math.Abs(workingDays);
        while (remaining > 0)
        {
            index += step;
            if (index < 0 || index >= _isWorkingDay.Length)
            {
                throw OutsideCalendar(date, workingDays);
            }

            if (_isWorkingDay[index])
            {
                remaining--;
            }
        }

        return BankHolidays.FirstDate.AddDays(index);
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative, with the same size, when <paramref name="to"/> is before <paramref name="from"/>. The start
    /// day is day 0, so a referral on Monday and a decision on Tuesday are 1 working day apart, and a
    /// Friday and the following Saturday are 0 apart.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        _workingDaysToDate[IndexOf(to, nameof(to))] - _workingDaysToDate[IndexOf(from, nameof(from))];

    /// <summary>The Europe/London calendar date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    /// <summary>Whether an instant falls within working hours on a working day, in Europe/London time.</summary>
    public bool IsWithinWorkingHours(DateTimeOffset instant)
    {
        var local = LocalTime(instant);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && WorkingHours.Contains(TimeOnly.FromDateTime(local));
    }

    /// <summary>
    /// When the clock starts for something received at an instant: the instant itself within working
    /// hours, otherwise the opening of the next working day (the same day if received before opening on a
    /// working day). The result is in UTC.
    /// </summary>
    public DateTimeOffset ClockStartsAt(DateTimeOffset received)
    {
        var local = LocalTime(received);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (IsWorkingDay(date))
        {
            if (WorkingHours.Contains(time))
            {
                return received.ToUniversalTime();
            }

            if (time < WorkingHours.Opens)
            {
                return ToInstant(date, WorkingHours.Opens);
            }
        }

        return ToInstant(NextWorkingDay(date), WorkingHours.Opens);
    }

    /// <summary>
    /// The instant a number of whole working days after something was received: the clock starts as in
    /// <see cref="ClockStartsAt"/>, then runs to the same local time of day that many working days later.
    /// Received Friday 15:00, 1 working day is Monday 15:00; received Friday 18:30, it is Tuesday 09:00.
    /// The result is in UTC.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset received, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var start = LocalTime(ClockStartsAt(received));
        var due = AddWorkingDays(DateOnly.FromDateTime(start), workingDays);
        return ToInstant(due, TimeOnly.FromDateTime(start));
    }

    private static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London).DateTime;

    // Clocks in Europe/London change at 01:00 UTC on a Sunday, never a working day, so a local time on a
    // working day is never skipped or repeated and has exactly one offset.
    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    private int IndexOf(DateOnly date, string paramName)
    {
        BankHolidays.EnsureCovered(date, paramName);
        return date.DayNumber - BankHolidays.FirstDate.DayNumber;
    }

    private ArgumentOutOfRangeException OutsideCalendar(DateOnly date, int workingDays) =>
        new(
            nameof(workingDays),
            workingDays,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Counting {workingDays} working days from {date:d MMMM yyyy} goes outside {BankHolidays.FirstDate:d MMMM yyyy} to {BankHolidays.LastDate:d MMMM yyyy}, the dates bank holidays are held for."));
}
