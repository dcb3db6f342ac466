using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Hearth.Domain.Children;

/// <summary>
/// A full UK postcode, checked against the Royal Mail format (including GIR 0AA; BFPO numbers
/// are not postcodes here) and stored upper case with one space before the inward code.
/// </summary>
public sealed partial record Postcode
{
    private const string Outward =
        "(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])";

    private const string InwardLetter = "[ABD-HJLNP-UW-Z]";

    private Postcode(string value)
    {
        Value = value;
    }

    /// <summary>The postcode as written on an envelope: "BS23 1AA".</summary>
    public string Value { get; }

    /// <summary>The part before the space: the postcode district, "BS23".</summary>
    public string OutwardCode => Value[..^4];

    public static bool TryCreate(string? input, [NotNullWhen(true)] out Postcode? postcode, [NotNullWhen(false)] out string? error)
    {
        postcode = null;
        var compact = Compact(input);
        if (compact.Length == 0)
        {
            error = "Enter a postcode";
            return false;
        }

        var value = compact.Length >= 5 ? $"{compact[..^3]} {compact[^3..]}" : compact;
        if (!FullPattern().IsMatch(value))
        {
            error = "Enter a real postcode, like BS23 1AA";
            return false;
        }

        postcode = new Postcode(value);
        error = null;
        return true;
    }

    public static Postcode Create(string input) =>
        TryCreate(input, out var postcode, out var error) ? postcode : throw new DomainRuleException(error);

    /// <summary>
    /// Recognises a search term that is the start of a postcode rather than a whole one: a
    /// district ("BS23"), a sector ("BS23 1") or a sector and one letter ("BS23 1A").
    /// </summary>
    public static bool TryParsePartial(string? term, [NotNullWhen(true)] out PartialPostcode? partial)
    {
        partial = null;
        if (string.IsNullOrWhiteSpace(term))
        {
            return false;
        }

        var words = term.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var tidy = string.Join(' ', words);
        if (words.Length > 2 || !PartialPattern().IsMatch(tidy))
        {
            return false;
        }

        partial = new PartialPostcode(words[0], words.Length == 2 ? words[1] : string.Empty);
        return true;
    }

    public override string ToString() => Value;

    private static string Compact(string? input) =>
        input is null ? string.Empty : string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    [GeneratedRegex($"^(?:GIR 0AA|{Outward} [0-9]{InwardLetter}{{2}})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullPattern();

    [GeneratedRegex($"^{Outward}(?: [0-9]{InwardLetter}?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialPattern();
}

/// <summary>The start of a postcode typed into a search: a district, or a district and the start of the inward code.</summary>
public sealed record PartialPostcode(string OutwardCode, string InwardStart)
{
    /// <summary>
    /// What a full postcode starts with when it matches: "BS23 " for a district (so BS2 does not
    /// match BS23), "BS23 1" for a sector.
    /// </summary>
    public string Prefix => $"{OutwardCode} {InwardStart}";

    public override string ToString() => Prefix.TrimEnd();
}
