using System.Globalization;
using Hearth.Domain;
using Hearth.Domain.Calendar;

namespace Hearth.Web.Pages.Children.Record.History;

/// <summary>A change's values and time as the record history shows them.</summary>
public static class FieldChangeDisplay
{
    public const string NotRecorded = "Not recorded";

    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return NotRecorded;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DisplayDate.Of(date)
            : value;
    }

    /// <summary>The instant in Europe/London as GOV.UK writes it: "1 July 2026 at 2:30pm", "at 10am", "at midday".</summary>
    public static string When(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, WorkingCalendar.London);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var clock = time switch
        {
            { Hour: 12, Minute: 0 } => "midday",
            { Hour: 0, Minute: 0 } => "midnight",
            _ => time.ToString(time.Minute == 0 ? "%h" : "h:mm", EnglishGb) + (time.Hour < 12 ? "am" : "pm"),
        };
        return $"{DisplayDate.Of(DateOnly.FromDateTime(local.DateTime))} at {clock}";
    }

    /// <summary>The instant for a <c>time</c> element's datetime attribute.</summary>
    public static string MachineReadable(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
