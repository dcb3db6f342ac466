namespace Hearth.Domain.Audit;

/// <summary>One field's value before and after a change, as the user would read it.</summary>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    public static FieldChange? Between<T>(string field, T before, T after) =>
        EqualityComparer<T>.Default.Equals(before, after) ? null : new FieldChange(field, Format(before), Format(after));

    private static string? Format<T>(T value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "Yes" : "No",
        _ => value.ToString(),
    };
}
