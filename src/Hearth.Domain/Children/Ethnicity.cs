using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>A child's ethnicity as the CIN census and SSDA903 code it (CIN <c>ethnicitytype</c>, SSDA903 ETHNIC).</summary>
public sealed partial record Ethnicity : ICodedValue
{
    private Ethnicity(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out Ethnicity? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the child's ethnicity", out value, out error);

    public static Ethnicity Create(string code) => CodeList.Find(All, code, "the child's ethnicity");

    public override string ToString() => Description;
}
