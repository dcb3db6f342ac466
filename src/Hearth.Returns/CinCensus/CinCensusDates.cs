using System.Globalization;

namespace Hearth.Returns.CinCensus;

/// <summary>Dates as the census writes them: xs:date, "2026-03-31", with an optional time zone the census never needs.</summary>
internal static class CinCensusDates
{
    private const string Format = "yyyy-MM-dd";

    public static DateOnly? TryParse(string? text)
    {
        if (text is null || text.Length < Format.Length)
        {
            return null;
        }

        var zone = text.AsSpan(Format.Length);
        if (!(zone.IsEmpty || zone is "Z" || (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':')))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.AsSpan(0, Format.Length), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
