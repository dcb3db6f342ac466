using System.Globalization;

namespace Hearth.Domain.Tests.Calendar;

internal static class Dates
{
    public static DateOnly On(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
