using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Workforce;

/// <summary>
/// A Social Work England registration number: "SW" followed by digits, as shown on the public
/// register (for example SW123456).
/// </summary>
public sealed record SocialWorkEnglandNumber
{
    public const int MaxDigits = 8;

    private SocialWorkEnglandNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryCreate(
        string? value,
        [NotNullWhen(true)] out SocialWorkEnglandNumber? number,
        [NotNullWhen(false)] out string? error)
    {
        number = null;
        string candidate = (value ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (candidate.Length == 0)
        {
            error = "Enter a Social Work England registration number";
            return false;
        }

        string digits = candidate.StartsWith("SW", StringComparison.Ordinal) ? candidate[2..] : string.Empty;
        if (digits.Length == 0 || digits.Length > MaxDigits || !digits.All(char.IsAsciiDigit))
        {
            error = "Enter a Social Work England registration number in the correct format: SW followed by numbers, like SW123456";
            return false;
        }

        number = new SocialWorkEnglandNumber(candidate);
        error = null;
        return true;
    }

    public static SocialWorkEnglandNumber Create(string? value) =>
        TryCreate(value, out SocialWorkEnglandNumber? number, out string? error) ? number : throw new ArgumentException(error, nameof(value));

    public override string ToString() => Value;
}
