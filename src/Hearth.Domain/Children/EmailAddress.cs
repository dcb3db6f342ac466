using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>An email address, checked only for its shape: the test that matters is whether mail arrives.</summary>
public sealed record EmailAddress
{
    private EmailAddress(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static bool TryCreate(string? input, [NotNullWhen(true)] out EmailAddress? email, [NotNullWhen(false)] out string? error)
    {
        email = null;
        var value = input?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error = "Enter an email address";
            return false;
        }

        var at = value.LastIndexOf('@');
        var domain = at < 0 ? string.Empty : value[(at + 1)..];
        if (value.Length > 254 || at < 1 || value.Any(char.IsWhiteSpace) || !domain.Contains('.', StringComparison.Ordinal)
            || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            error = "Enter an email address in the correct format, like name@example.com";
            return false;
        }

        email = new EmailAddress(value);
        error = null;
        return true;
    }

    public static EmailAddress Create(string input) =>
        TryCreate(input, out var email, out var error) ? email : throw new DomainRuleException(error);

    public override string ToString() => Value;
}
