using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain;

/// <summary>An email address, trimmed and in lower case so that it can be compared and kept unique.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static bool TryCreate(
        string? value,
        [NotNullWhen(true)] out EmailAddress? email,
        [NotNullWhen(false)] out string? error)
    {
        email = null;
        string trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = "Enter an email address";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            error = $"Email address must be {MaxLength} characters or fewer";
            return false;
        }

        int at = trimmed.IndexOf('@', StringComparison.Ordinal);
        bool wellFormed = at > 0
            && at == trimmed.LastIndexOf('@')
            && at < trimmed.Length - 1
            && !trimmed.Any(char.IsWhiteSpace)
            && trimmed[(at + 1)..].Contains('.', StringComparison.Ordinal)
            && !trimmed.EndsWith('.');
        if (!wellFormed)
        {
            error = "Enter an email address in the correct format, like name@example.gov.uk";
            return false;
        }

        email = new EmailAddress(trimmed.ToLowerInvariant());
        error = null;
        return true;
    }

    public static EmailAddress Create(string? value) =>
        TryCreate(value, out EmailAddress? email, out string? error) ? email : throw new DomainRuleException(error);

    public override string ToString() => Value;
}
