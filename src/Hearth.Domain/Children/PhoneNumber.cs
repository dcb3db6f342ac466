using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>A telephone number as the person gave it, spaces tidied; UK or international.</summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static bool TryCreate(string? input, [NotNullWhen(true)] out PhoneNumber? phone, [NotNullWhen(false)] out string? error)
    {
        phone = null;
        var value = IdentifierText.Tidy(input, 30, "A phone number", out error);
        if (error is not null)
        {
            return false;
        }

        if (value is null)
        {
            error = "Enter a phone number";
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        if (!value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-') || digits < 7 || digits > 15)
        {
            error = "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
            return false;
        }

        phone = new PhoneNumber(value);
        return true;
    }

    public static PhoneNumber Create(string input) =>
        TryCreate(input, out var phone, out var error) ? phone : throw new DomainRuleException(error);

    public override string ToString() => Value;
}
