using System.Globalization;
using Hearth.Domain;

namespace Hearth.Web.Pages.Children.Record.History;

/// <summary>A field's before or after value as the record history shows it.</summary>
public static class FieldChangeDisplay
{
    public const string NotRecorded = "Not recorded";

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
}
