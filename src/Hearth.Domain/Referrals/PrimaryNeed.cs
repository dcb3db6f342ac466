using System.Diagnostics.CodeAnalysis;
using Hearth.Domain.Children;

namespace Hearth.Domain.Referrals;

/// <summary>The child's primary need at referral, as the CIN census codes it (<c>primaryneedcodetype</c>, 2025-26).</summary>
public sealed record PrimaryNeed : ICodedValue
{
    public static readonly PrimaryNeed AbuseNeglectAndExploitation = new("N1", "Abuse, neglect and exploitation");

    public static readonly PrimaryNeed ChildsDisability = new("N2", "Child's disability");

    public static readonly PrimaryNeed ParentalDisabilityOrIllness = new("N3", "Parental disability or illness");

    public static readonly PrimaryNeed FamilyInAcuteStress = new("N4", "Family in acute stress");

    public static readonly PrimaryNeed FamilyDysfunction = new("N5", "Family dysfunction");

    public static readonly PrimaryNeed SociallyUnacceptableBehaviour = new("N6", "Socially unacceptable behaviour");

    public static readonly PrimaryNeed LowIncome = new("N7", "Low income");

    public static readonly PrimaryNeed AbsentParenting = new("N8", "Absent parenting");

    public static readonly PrimaryNeed CasesOtherThanChildrenInNeed = new("N9", "Cases other than children in need");

    public static readonly PrimaryNeed NotStated = new("N0", "Not stated");

    private PrimaryNeed(string code, string description)
    {
        Code = code;
        Description = description;
    }

    /// <summary>Every primary need, in the census order.</summary>
    public static IReadOnlyList<PrimaryNeed> All { get; } =
    [
        AbuseNeglectAndExploitation,
        ChildsDisability,
        ParentalDisabilityOrIllness,
        FamilyInAcuteStress,
        FamilyDysfunction,
        SociallyUnacceptableBehaviour,
        LowIncome,
        AbsentParenting,
        CasesOtherThanChildrenInNeed,
        NotStated,
    ];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out PrimaryNeed? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the child's primary need", out value, out error);

    public static PrimaryNeed Create(string code) => CodeList.Find(All, code, "the child's primary need");

    public override string ToString() => Description;
}
