using System.Diagnostics.CodeAnalysis;
using Hearth.Domain.Children;

namespace Hearth.Domain.Referrals;

/// <summary>Why a child in need episode closed, as the CIN census codes it (<c>reasonforclosuretype</c>, 2025-26).</summary>
public sealed record ClosureReason : ICodedValue
{
    public static readonly ClosureReason Adopted = new("RC1", "Adopted");

    public static readonly ClosureReason Died = new("RC2", "Died");

    public static readonly ClosureReason ChildArrangementsOrder = new("RC3", "Child arrangements order");

    public static readonly ClosureReason SpecialGuardianshipOrder = new("RC4", "Special guardianship order");

    public static readonly ClosureReason TransferredToAnotherLocalAuthority = new("RC5", "Transferred to services of another local authority");

    public static readonly ClosureReason TransferredToAdultSocialCare = new("RC6", "Transferred to adult social care services");

    public static readonly ClosureReason ServicesCeased = new("RC7", "Services ceased for any other reason, including child no longer in need");

    public static readonly ClosureReason NoFurtherActionAfterAssessment = new("RC8", "Case closed after assessment, no further action");

    public static readonly ClosureReason ReferredToEarlyHelpAfterAssessment = new("RC9", "Case closed after assessment, referred to early help");

    private ClosureReason(string code, string description)
    {
        Code = code;
        Description = description;
    }

    /// <summary>Every reason, in the census order.</summary>
    public static IReadOnlyList<ClosureReason> All { get; } =
    [
        Adopted,
        Died,
        ChildArrangementsOrder,
        SpecialGuardianshipOrder,
        TransferredToAnotherLocalAuthority,
        TransferredToAdultSocialCare,
        ServicesCeased,
        NoFurtherActionAfterAssessment,
        ReferredToEarlyHelpAfterAssessment,
    ];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out ClosureReason? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the reason the episode closed", out value, out error);

    public static ClosureReason Create(string code) => CodeList.Find(All, code, "the reason the episode closed");

    public override string ToString() => Description;
}
