using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// A child's first language, as free text ("Kurdish (Sorani)", "British Sign Language").
/// Free text rather than an ISO 639 code because practitioners book interpreters by dialect,
/// which ISO 639-1 cannot express, and no DfE return collects it from children's social care.
/// </summary>
public sealed record FirstLanguage
{
    public const int MaxLength = 100;

    private FirstLanguage(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public static bool TryCreate(string? input, [NotNullWhen(true)] out FirstLanguage? language, [NotNullWhen(false)] out string? error)
    {
        language = null;
        var name = IdentifierText.Tidy(input, MaxLength, "The first language", out error);
        if (name is null)
        {
            error ??= "Enter the child's first language";
            return false;
        }

        if (error is not null)
        {
            return false;
        }

        if (!name.Any(char.IsLetter) || name.Any(c => !char.IsLetter(c) && c is not (' ' or '-' or '\'' or '(' or ')' or ',')))
        {
            error = "The first language must only include letters, spaces, hyphens, apostrophes, commas and brackets";
            return false;
        }

        language = new FirstLanguage(name);
        return true;
    }

    public static FirstLanguage Create(string input) =>
        TryCreate(input, out var language, out var error) ? language : throw new DomainRuleException(error);

    public override string ToString() => Name;
}
