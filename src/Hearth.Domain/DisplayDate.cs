using System.Globalization;

namespace Hearth.Domain;

public static class DisplayDate
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);
}
