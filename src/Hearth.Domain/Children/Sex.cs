using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>A child's sex as the DfE returns code it from 2024-25 (CIN <c>sextype</c>, SSDA903 SEX): M, F or U.</summary>
public sealed partial record Sex : ICodedValue
{
    private Sex(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out Sex? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the child's sex", out value, out error);

    public static Sex Create(string code) => CodeList.Find(All, code, "the child's sex");

    public override string ToString() => Description;
}
