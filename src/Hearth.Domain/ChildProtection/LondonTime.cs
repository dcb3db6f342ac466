using Hearth.Domain.Calendar;

namespace Hearth.Domain.ChildProtection;

/// <summary>Instants as a practitioner in England reads them.</summary>
public static class LondonTime
{
    /// <summary>"2 November 2026 at 14:30", in Europe/London time.</summary>
    public static string Of(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, WorkingCalendar.London);
        return $"{DisplayDate.Of(DateOnly.FromDateTime(local.DateTime))} at {local:HH:mm}";
    }
}
