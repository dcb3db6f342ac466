using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.Children;

/// <summary>
/// A child's immigration status. No DfE return codes it (the Standard Safeguarding Dataset keeps
/// it as free text), so this is Hearth's list of the statuses that change what a local
/// authority must do; "no recourse to public funds" is kept as a status because it is how
/// practitioners record it.
/// </summary>
public sealed record ImmigrationStatus : ICodedValue
{
    public static readonly ImmigrationStatus BritishCitizen = new("BRIT", "British citizen");

    public static readonly ImmigrationStatus EuSettledStatus = new("EUSS", "EU settled status");

    public static readonly ImmigrationStatus EuPreSettledStatus = new("EUPS", "EU pre-settled status");

    public static readonly ImmigrationStatus IndefiniteLeaveToRemain = new("ILR", "Indefinite leave to remain");

    public static readonly ImmigrationStatus LimitedLeaveToRemain = new("LLR", "Limited leave to remain");

    public static readonly ImmigrationStatus AsylumSeeker = new("ASYL", "Asylum seeker (claim not yet decided)");

    public static readonly ImmigrationStatus RefugeeStatus = new("REFG", "Refugee status");

    public static readonly ImmigrationStatus HumanitarianProtection = new("HUMP", "Humanitarian protection");

    public static readonly ImmigrationStatus NoRecourseToPublicFunds = new("NRPF", "No recourse to public funds");

    public static readonly ImmigrationStatus Other = new("OTH", "Other");

    public static readonly ImmigrationStatus NotKnown = new("NK", "Not known");

    private ImmigrationStatus(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public static IReadOnlyList<ImmigrationStatus> All { get; } =
    [
        BritishCitizen, EuSettledStatus, EuPreSettledStatus, IndefiniteLeaveToRemain, LimitedLeaveToRemain,
        AsylumSeeker, RefugeeStatus, HumanitarianProtection, NoRecourseToPublicFunds, Other, NotKnown,
    ];

    public string Code { get; }

    public string Description { get; }

    public static bool TryCreate(string? code, [NotNullWhen(true)] out ImmigrationStatus? value, [NotNullWhen(false)] out string? error) =>
        CodeList.TryFind(All, code, "the child's immigration status", out value, out error);

    public static ImmigrationStatus Create(string code) => CodeList.Find(All, code, "the child's immigration status");

    public override string ToString() => Description;
}
