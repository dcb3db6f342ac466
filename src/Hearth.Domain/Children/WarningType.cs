using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>The kind of risk a worker-safety warning tells a visiting worker about.</summary>
public sealed record WarningType : ICodedValue
{
    public static readonly WarningType ViolentOrAggressivePerson = new("VIOL", "Violent or aggressive person in household");

    public static readonly WarningType DogOrAnimal = new("ANIM", "Dog or other animal");

    public static readonly WarningType DrugUse = new("DRUG", "Drug use");

    public static readonly WarningType LoneWorkingNotAdvised = new("LONE", "Lone working not advised");

    public static readonly WarningType Other = new("OTH", "Other");

    private WarningType(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public static IReadOnlyList<WarningType> All { get; } = [ViolentOrAggressivePerson, DogOrAnimal, DrugUse, LoneWorkingNotAdvised, Other];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out WarningType? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the type of warning", out value, out error);

    public static WarningType Create(string code) => CodeList.Find(All, code, "the type of warning");

    public override string ToString() => Description;
}
