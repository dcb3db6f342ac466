namespace Hearth.Returns.CinCensus;

/// <summary>
/// One <c>CINdetails</c> module: an episode of need from referral to closure, with the assessments, CIN plans,
/// section 47 enquiries and child protection plans within it.
/// </summary>
public sealed record CinDetails
{
    public DateOnly? CinReferralDate { get; init; }

    /// <summary><c>ReferralSource</c>: who made the referral (1A to 10).</summary>
    public string? ReferralSource { get; init; }

    /// <summary><c>PrimaryNeedCode</c>: N0 to N9.</summary>
    public string? PrimaryNeedCode { get; init; }

    public DateOnly? CinClosureDate { get; init; }

    /// <summary><c>ReasonForClosure</c>: RC1 to RC9.</summary>
    public string? ReasonForClosure { get; init; }

    /// <summary>
    /// <c>DateOfInitialCPC</c> at episode level: an initial conference held without a section 47 enquiry recorded
    /// in this episode (for example after a transfer in).
    /// </summary>
    public DateOnly? DateOfInitialCpc { get; init; }

    public IReadOnlyList<CinAssessment> Assessments { get; init; } = [];

    public IReadOnlyList<CinPlanDates> CinPlanDates { get; init; } = [];

    public IReadOnlyList<CinSection47> Section47s { get; init; } = [];

    /// <summary><c>ReferralNFA</c>: "1" when the referral led to no further action, "0" otherwise.</summary>
    public string? ReferralNfa { get; init; }

    public IReadOnlyList<CinChildProtectionPlan> ChildProtectionPlans { get; init; } = [];

    /// <summary>True when <c>ReferralNFA</c> says the referral led to no further action.</summary>
    public bool IsReferralNfa => CinYesNo.IsYes(ReferralNfa);

    /// <summary>True when <c>ReferralNFA</c> says the referral led to further action ("0"); false when it is missing.</summary>
    public bool LedToFurtherAction => CinYesNo.IsNo(ReferralNfa);
}

/// <summary>An <c>Assessments</c> module: a child and family assessment.</summary>
public sealed record CinAssessment
{
    public DateOnly? ActualStartDate { get; init; }

    public DateOnly? InternalReviewDate { get; init; }

    /// <summary><c>AssessmentAuthorisationDate</c>: when the completed assessment was authorised; null while it is open.</summary>
    public DateOnly? AuthorisationDate { get; init; }

    /// <summary>Each code in <c>FactorsIdentifiedAtAssessment</c>, in file order.</summary>
    public IReadOnlyList<string> Factors { get; init; } = [];
}

/// <summary>A <c>CINPlanDates</c> module: one child in need plan.</summary>
public sealed record CinPlanDates
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

/// <summary>A <c>Section47</c> module: one section 47 enquiry and its initial child protection conference.</summary>
public sealed record CinSection47
{
    public DateOnly? ActualStartDate { get; init; }

    /// <summary><c>InitialCPCtarget</c>: 15 working days after the strategy discussion that started the enquiry.</summary>
    public DateOnly? InitialCpcTarget { get; init; }

    public DateOnly? DateOfInitialCpc { get; init; }

    /// <summary><c>ICPCnotRequired</c>: "1" when the enquiry concluded that no conference was needed.</summary>
    public string? IcpcNotRequired { get; init; }

    /// <summary>True when <c>ICPCnotRequired</c> says no conference was needed.</summary>
    public bool IsIcpcNotRequired => CinYesNo.IsYes(IcpcNotRequired);
}

/// <summary>A <c>ChildProtectionPlans</c> module: one child protection plan and its review conferences.</summary>
public sealed record CinChildProtectionPlan
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary><c>InitialCategoryOfAbuse</c>: NEG, PHY, SAB, EMO or MUL.</summary>
    public string? InitialCategoryOfAbuse { get; init; }

    /// <summary><c>LatestCategoryOfAbuse</c>: NEG, PHY, SAB, EMO or MUL.</summary>
    public string? LatestCategoryOfAbuse { get; init; }

    /// <summary><c>NumberOfPreviousCPP</c>: how many child protection plans the child had before this one.</summary>
    public int? NumberOfPreviousCpp { get; init; }

    /// <summary>
    /// Each <c>CPPreviewDate</c>, in file order; null for a review element with no date (the schema
    /// <c>Reviews</c> element needs at least one).
    /// </summary>
    public IReadOnlyList<DateOnly?> ReviewDates { get; init; } = [];
}

/// <summary>The census's yes/no flags (<c>ReferralNFA</c>, <c>ICPCnotRequired</c>): "1" or "0".</summary>
public static class CinYesNo
{
    /// <summary>"1" (or "true", which some systems write).</summary>
    public static bool IsYes(string? value) => value is "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>"0" (or "false", which some systems write).</summary>
    public static bool IsNo(string? value) => value is "0" || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the value is one the schema allows, "0" or "1".</summary>
    public static bool IsValid(string? value) => value is "0" or "1";
}
