using System.Globalization;

namespace Hearth.Web.TagHelpers.Govuk;

/// <summary>Dates and times as the GOV.UK style guide writes them: "4 June 2024", "2:30pm", "midday", "midnight".</summary>
public static class GovukDateFormat
{
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnglishGb);

    public static string Time(TimeOnly time) => time switch
    {
        { Hour: 12, Minute: 0 } => "midday",
        { Hour: 0, Minute: 0 } => "midnight",
        _ => time.ToString(time.Minute == 0 ? "%h" : "h:mm", EnglishGb) + (time.Hour < 12 ? "am" : "pm"),
    };

    public static string DateAndTime(DateTimeOffset localTime) =>
        $"{Date(DateOnly.FromDateTime(localTime.DateTime))} at {Time(TimeOnly.FromDateTime(localTime.DateTime))}";
}
