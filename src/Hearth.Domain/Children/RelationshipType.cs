using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>How a person in a child's family and network is related to the child.</summary>
public sealed record RelationshipType : ICodedValue
{
    public static readonly RelationshipType Mother = new("MOTH", "Mother");

    public static readonly RelationshipType Father = new("FATH", "Father");

    public static readonly RelationshipType StepParent = new("STEP", "Step-parent");

    public static readonly RelationshipType Sibling = new("SIB", "Sibling");

    public static readonly RelationshipType HalfSibling = new("HSIB", "Half-sibling");

    public static readonly RelationshipType Grandparent = new("GRAN", "Grandparent");

    public static readonly RelationshipType OtherRelative = new("OREL", "Other relative");

    public static readonly RelationshipType Carer = new("CARE", "Carer");

    public static readonly RelationshipType Other = new("OTH", "Other");

    private RelationshipType(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public static IReadOnlyList<RelationshipType> All { get; } = [Mother, Father, StepParent, Sibling, HalfSibling, Grandparent, OtherRelative, Carer, Other];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out RelationshipType? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the relationship to the child", out value, out error);

    public static RelationshipType Create(string code) => CodeList.Find(All, code, "the relationship to the child");

    public override string ToString() => Description;
}
