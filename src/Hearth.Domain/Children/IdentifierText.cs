namespace Hearth.Domain.Children;

internal static class IdentifierText
{
    public static string WithoutSeparators(string? input) =>
        input is null
            ? string.Empty
            : string.Concat(input.Where(c => !char.IsWhiteSpace(c) && c != '-'));

    public static string? Tidy(string? input, int maxLength, string field, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var tidy = string.Join(' ', input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (tidy.Length > maxLength)
        {
            error = $"{field} must be {maxLength} characters or fewer";
        }

        return tidy;
    }
}
