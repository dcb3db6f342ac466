using System.Diagnostics.CodeAnalysis;
using Hearth.Domain.Children;

namespace Hearth.Domain.ChildProtection;

/// <summary>The category of abuse a child protection plan is under, as the CIN census codes it (<c>categoryofabusetype</c>, 2025-26).</summary>
public sealed record CategoryOfAbuse : ICodedValue
{
    public static readonly CategoryOfAbuse Neglect = new("NEG", "Neglect");

    public static readonly CategoryOfAbuse PhysicalAbuse = new("PHY", "Physical abuse");

    public static readonly CategoryOfAbuse SexualAbuse = new("SAB", "Sexual abuse");

    public static readonly CategoryOfAbuse EmotionalAbuse = new("EMO", "Emotional abuse");

    public static readonly CategoryOfAbuse Multiple = new("MUL", "Multiple/not recommended");

    private CategoryOfAbuse(string code, string description)
    {
        Code = code;
        Description = description;
    }

    /// <summary>Every category, in the census order.</summary>
    public static IReadOnlyList<CategoryOfAbuse> All { get; } = [Neglect, PhysicalAbuse, SexualAbuse, EmotionalAbuse, Multiple];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out CategoryOfAbuse? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the category of abuse", out value, out error);

    public static CategoryOfAbuse Create(string code) => CodeList.Find(All, code, "the category of abuse");

    public override string ToString() => Description;
}
