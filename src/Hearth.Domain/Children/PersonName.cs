using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>A person's name as the family gives it: given names, family name and, if they use one, a preferred name.</summary>
public sealed record PersonName
{
    public const int MaxLength = 100;

    private PersonName(string givenNames, string familyName, string? preferredName)
    {
        GivenNames = givenNames;
        FamilyName = familyName;
        PreferredName = preferredName;
    }

    public string GivenNames { get; }

    public string FamilyName { get; }

    /// <summary>The name the child likes to be called, when it is not their first given name.</summary>
    public string? PreferredName { get; }

    /// <summary>"Given names Family name", as headings and lists show it.</summary>
    public string FullName => $"{GivenNames} {FamilyName}";

    public static bool TryCreate(
        string? givenNames,
        string? familyName,
        string? preferredName,
        [NotNullWhen(true)] out PersonName? name,
        [NotNullWhen(false)] out string? error)
    {
        name = null;
        var given = IdentifierText.Tidy(givenNames, MaxLength, "Given names", out error);
        if (error is not null)
        {
            return false;
        }

        if (given is null)
        {
            error = "Enter the given names";
            return false;
        }

        var family = IdentifierText.Tidy(familyName, MaxLength, "Family name", out error);
        if (error is not null)
        {
            return false;
        }

        if (family is null)
        {
            error = "Enter the family name";
            return false;
        }

        var preferred = IdentifierText.Tidy(preferredName, MaxLength, "Preferred name", out error);
        if (error is not null)
        {
            return false;
        }

        foreach (var (part, label) in new[] { (given, "Given names"), (family, "Family name"), (preferred, "Preferred name") })
        {
            if (part is not null && !IsNameText(part))
            {
                error = $"{label} must only include letters a to z, hyphens, spaces and apostrophes";
                return false;
            }
        }

        name = new PersonName(given, family, preferred);
        return true;
    }

    public static PersonName Create(string givenNames, string familyName, string? preferredName = null) =>
        TryCreate(givenNames, familyName, preferredName, out var name, out var error) ? name : throw new DomainRuleException(error);

    public override string ToString() => PreferredName is null ? FullName : $"{FullName} (known as {PreferredName})";

    private static bool IsNameText(string text) =>
        text.Any(char.IsLetter) && text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019' or '.');
}
