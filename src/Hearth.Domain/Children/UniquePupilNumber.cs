using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// A unique pupil number (UPN) as the DfE's "Unique pupil numbers (UPN)" guidance defines it:
/// a check letter, the 3-digit LA code, the 4-digit establishment number, the 2-digit year of
/// allocation and a 3-character serial whose last character is a letter in a temporary UPN.
/// Also used for a former UPN.
/// </summary>
public sealed record UniquePupilNumber
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber(string value)
    {
        Value = value;
    }

    /// <summary>The 13 characters, upper case, with no spaces.</summary>
    public string Value { get; }

    /// <summary>The DfE code of the local authority that allocated the UPN (characters 2 to 4).</summary>
    public string LocalAuthorityCode => Value[1..4];

    /// <summary>The DfE establishment number of the school that allocated it (characters 5 to 8).</summary>
    public string EstablishmentNumber => Value[4..8];

    /// <summary>The last two digits of the year it was allocated (characters 9 and 10).</summary>
    public string YearAllocated => Value[8..10];

    /// <summary>True for a temporary UPN, whose last character is a letter.</summary>
    public bool IsTemporary => char.IsAsciiLetter(Value[12]);

    public static bool TryCreate(string? input, [NotNullWhen(true)] out UniquePupilNumber? upn, [NotNullWhen(false)] out string? error)
    {
        upn = null;
        var value = IdentifierText.WithoutSeparators(input).ToUpperInvariant();
        if (value.Length == 0)
        {
            error = "Enter a unique pupil number (UPN)";
            return false;
        }

        if (value.Length != 13)
        {
            error = "A unique pupil number (UPN) must be 13 characters long";
            return false;
        }

        if (!char.IsAsciiLetter(value[0]))
        {
            error = "A unique pupil number (UPN) must start with a letter";
            return false;
        }

        if (!value[1..12].All(char.IsAsciiDigit))
        {
            error = "Characters 2 to 12 of a unique pupil number (UPN) must be numbers";
            return false;
        }

        var last = value[12];
        if (!char.IsAsciiDigit(last) && !CheckLetters.Contains(last, StringComparison.Ordinal))
        {
            error = "The last character of a unique pupil number (UPN) must be a number or a letter other than I, O or S";
            return false;
        }

        if (value[0] != CheckLetterFor(value))
        {
            error = "The check letter of this unique pupil number (UPN) is wrong: check it has been copied correctly";
            return false;
        }

        upn = new UniquePupilNumber(value);
        error = null;
        return true;
    }

    public static UniquePupilNumber Create(string input) =>
        TryCreate(input, out var upn, out var error) ? upn : throw new DomainRuleException(error);

    public override string ToString() => Value;

    private static char CheckLetterFor(string value)
    {
        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            var c = value[position - 1];
            var number = char.IsAsciiDigit(c) ? c - '0' : CheckLetters.IndexOf(c, StringComparison.Ordinal);
            sum += number * position;
        }

        return CheckLetters[sum % 23];
    }
}
