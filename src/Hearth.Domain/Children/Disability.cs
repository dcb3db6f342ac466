using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>One of a child's disabilities as the CIN census codes them (<c>disabilitytype</c>). NONE means no disability and cannot be recorded with any other code.</summary>
public sealed partial record Disability : ICodedValue
{
    private Disability(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out Disability? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "a disability", out value, out error);

    public static Disability Create(string code) => CodeList.Find(All, code, "a disability");

    public override string ToString() => Description;
}
