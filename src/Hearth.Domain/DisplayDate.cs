using System.Globalization;

namespace Hearth.Domain;

public static class DisplayDate
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);

    /// <summary>An instant as a Europe/London date and time: "2 November 2026 at 10:00".</summary>
    public static string At(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Calendar.WorkingCalendar.London);
        return $"{Of(DateOnly.FromDateTime(local.DateTime))} at {local.ToString("HH:mm", EnglishUk)}";
    }
}
