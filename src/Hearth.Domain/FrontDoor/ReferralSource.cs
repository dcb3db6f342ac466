using System.Diagnostics.CodeAnalysis;
using Hearth.Domain.Children;

namespace Hearth.Domain.FrontDoor;

/// <summary>
/// Where a contact came from, as the CIN census codes the source of a referral (<c>referralsourcetype</c>, 2025-26).
/// The list's stray opening bracket on 5D is left out of the description.
/// </summary>
public sealed record ReferralSource : ICodedValue
{
    public static readonly ReferralSource FamilyMemberRelativeOrCarer = new("1A", "INDIVIDUAL – family member, relative or carer");

    public static readonly ReferralSource Acquaintance = new("1B", "INDIVIDUAL – acquaintance (including neighbours and child minders)");

    public static readonly ReferralSource Self = new("1C", "INDIVIDUAL – self");

    public static readonly ReferralSource OtherIndividual = new("1D", "INDIVIDUAL – other (including strangers)");

    public static readonly ReferralSource Schools = new("2A", "SCHOOLS");

    public static readonly ReferralSource EducationServices = new("2B", "EDUCATION SERVICES");

    public static readonly ReferralSource GeneralPractitioner = new("3A", "HEALTH SERVICES – general practitioner (GP)");

    public static readonly ReferralSource HealthVisitor = new("3B", "HEALTH SERVICES – health visitor");

    public static readonly ReferralSource SchoolNurse = new("3C", "HEALTH SERVICES – school nurse");

    public static readonly ReferralSource OtherPrimaryHealthServices = new("3D", "HEALTH SERVICES – other primary health services");

    public static readonly ReferralSource AccidentAndEmergency = new("3E", "HEALTH SERVICES – A&E (accident and emergency department)");

    public static readonly ReferralSource OtherHealthServices = new("3F", "HEALTH SERVICES – other (for example hospice)");

    public static readonly ReferralSource Housing = new("4", "HOUSING - local authority housing or housing association");

    public static readonly ReferralSource LocalAuthoritySocialCare = new("5A", "LA SERVICES – social care for example adults social care services");

    public static readonly ReferralSource OtherInternalLocalAuthorityServices = new("5B", "LA SERVICES – other internal (department other than social care in local authorities, for example, youth offending (excluding housing))");

    public static readonly ReferralSource ExternalLocalAuthorityServices = new("5C", "LA SERVICES – external, for example, from another local authority’s adults social care services");

    public static readonly ReferralSource EarlyHelp = new("5D", "LA SERVICES – early help");

    public static readonly ReferralSource Police = new("6", "POLICE");

    public static readonly ReferralSource OtherLegalAgency = new("7", "OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison");

    public static readonly ReferralSource Other = new("8", "OTHER – including children’s centres, independent agency providers or voluntary organisations");

    public static readonly ReferralSource Anonymous = new("9", "ANONYMOUS");

    public static readonly ReferralSource Unknown = new("10", "UNKNOWN");

    private ReferralSource(string code, string description)
    {
        Code = code;
        Description = description;
    }

    /// <summary>Every source, in the census order.</summary>
    public static IReadOnlyList<ReferralSource> All { get; } =
    [
        FamilyMemberRelativeOrCarer,
        Acquaintance,
        Self,
        OtherIndividual,
        Schools,
        EducationServices,
        GeneralPractitioner,
        HealthVisitor,
        SchoolNurse,
        OtherPrimaryHealthServices,
        AccidentAndEmergency,
        OtherHealthServices,
        Housing,
        LocalAuthoritySocialCare,
        OtherInternalLocalAuthorityServices,
        ExternalLocalAuthorityServices,
        EarlyHelp,
        Police,
        OtherLegalAgency,
        Other,
        Anonymous,
        Unknown,
    ];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out ReferralSource? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the source of the contact", out value, out error);

    public static ReferralSource Create(string code) => CodeList.Find(All, code, "the source of the contact");

    public override string ToString() => Description;
}
