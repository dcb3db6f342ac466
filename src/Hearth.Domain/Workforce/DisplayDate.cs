using System.Globalization;

namespace Hearth.Domain.Workforce;

internal static class DisplayDate
{
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } value ? Format(value) : string.Empty;
}
