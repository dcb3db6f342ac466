using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// A child's NHS number: ten digits, the last a modulus 11 check digit
/// (NHS Data Dictionary, "NHS Number"). Stored as digits only; shown as 3-3-4.
/// </summary>
public sealed record NhsNumber
{
    private NhsNumber(string value)
    {
        Value = value;
    }

    /// <summary>The ten digits, with no spaces.</summary>
    public string Value { get; }

    /// <summary>The number as people write it: "943 476 5919".</summary>
    public string Display => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public static bool TryCreate(string? input, [NotNullWhen(true)] out NhsNumber? nhsNumber, [NotNullWhen(false)] out string? error)
    {
        nhsNumber = null;
        var digits = IdentifierText.WithoutSeparators(input);
        if (digits.Length == 0)
        {
            error = "Enter an NHS number";
            return false;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            error = "An NHS number must only include numbers 0 to 9";
            return false;
        }

        if (digits.Length != 10)
        {
            error = "An NHS number must be 10 digits long";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        if (check == 10 || check != digits[9] - '0')
        {
            error = "This is not a valid NHS number: check it has been copied correctly";
            return false;
        }

        nhsNumber = new NhsNumber(digits);
        error = null;
        return true;
    }

    public static NhsNumber Create(string input) =>
        TryCreate(input, out var nhsNumber, out var error) ? nhsNumber : throw new DomainRuleException(error);

    public override string ToString() => Display;
}
