using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>A postal address. The postcode may be unknown, or absent for an address abroad.</summary>
public sealed record Address
{
    public const int MaxLineLength = 100;

    private Address(string line1, string? line2, string? line3, string town, Postcode? postcode)
    {
        Line1 = line1;
        Line2 = line2;
        Line3 = line3;
        Town = town;
        Postcode = postcode;
    }

    public string Line1 { get; }

    public string? Line2 { get; }

    public string? Line3 { get; }

    public string Town { get; }

    public Postcode? Postcode { get; }

    public static bool TryCreate(
        string? line1,
        string? line2,
        string? line3,
        string? town,
        string? postcode,
        [NotNullWhen(true)] out Address? address,
        [NotNullWhen(false)] out string? error)
    {
        address = null;
        var first = IdentifierText.Tidy(line1, MaxLineLength, "Address line 1", out error);
        if (error is not null)
        {
            return false;
        }

        if (first is null)
        {
            error = "Enter address line 1, typically the building and street";
            return false;
        }

        var second = IdentifierText.Tidy(line2, MaxLineLength, "Address line 2", out error);
        if (error is not null)
        {
            return false;
        }

        var third = IdentifierText.Tidy(line3, MaxLineLength, "Address line 3", out error);
        if (error is not null)
        {
            return false;
        }

        var townOrCity = IdentifierText.Tidy(town, MaxLineLength, "Town or city", out error);
        if (error is not null)
        {
            return false;
        }

        if (townOrCity is null)
        {
            error = "Enter town or city";
            return false;
        }

        Postcode? code = null;
        if (!string.IsNullOrWhiteSpace(postcode) && !Postcode.TryCreate(postcode, out code, out error))
        {
            return false;
        }

        address = new Address(first, second, third, townOrCity, code);
        return true;
    }

    public static Address Create(string line1, string? line2, string? line3, string town, string? postcode) =>
        TryCreate(line1, line2, line3, town, postcode, out var address, out var error) ? address : throw new DomainRuleException(error);

    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, Line3, Town, Postcode?.Value }.Where(p => p is not null));
}
