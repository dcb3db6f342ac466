using System.Globalization;
using Hearth.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

/// <summary>A date and a typed 24-hour time, as an instant in UK time, with GOV.UK messages for what is wrong.</summary>
public static class LocalTimeInput
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    /// <summary>The instant, or null with an error added against <paramref name="timeField"/> (or nothing added when the date is already wrong).</summary>
    public static DateTimeOffset? Read(ModelStateDictionary modelState, DateOnly? date, string? time, string timeField, string what)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(time))
        {
            modelState.AddModelError(timeField, $"Enter the time {what}");
            return null;
        }

        if (!TimeOnly.TryParseExact(time.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            modelState.AddModelError(timeField, $"The time {what} must be a real time, like 14:30");
            return null;
        }

        if (date is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(parsed, DateTimeKind.Unspecified);
        if (WorkingCalendar.London.IsInvalidTime(local))
        {
            modelState.AddModelError(timeField, $"The time {what} must be a real time in the UK on that date: the clocks went forward");
            return null;
        }

        return new DateTimeOffset(local, WorkingCalendar.London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant's UK time as the form shows it.</summary>
    public static string TimeOf(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, WorkingCalendar.London).ToString("HH:mm", CultureInfo.InvariantCulture);
}
