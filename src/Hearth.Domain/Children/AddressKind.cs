using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>What kind of address a child lives at; no fixed abode has no address lines.</summary>
public sealed record AddressKind : ICodedValue
{
    public static readonly AddressKind Home = new("HOME", "Home");

    public static readonly AddressKind Temporary = new("TEMP", "Temporary address");

    public static readonly AddressKind Placement = new("PLAC", "Placement address");

    public static readonly AddressKind NoFixedAbode = new("NFA", "No fixed abode");

    private AddressKind(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public static IReadOnlyList<AddressKind> All { get; } = [Home, Temporary, Placement, NoFixedAbode];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out AddressKind? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the kind of address", out value, out error);

    public static AddressKind Create(string code) => CodeList.Find(All, code, "the kind of address");

    public override string ToString() => Description;
}
