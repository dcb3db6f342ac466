using System.Globalization;
using Hearth.Domain.Calendar;

namespace Hearth.Returns.CinCensus.Checks;

/// <summary>
/// The DfE's validation rules for the 2025-26 children in need census (109 rules: errors, and queries whose codes
/// end in Q). Each rule's logic follows the DfE's rule text for its code; each finding names the field, the value
/// found and what to do. The rules are split by module across this file (header and whole return),
/// <c>.ChildIdentifiers</c>, <c>.CinDetails</c>, <c>.Assessments</c>, <c>.Section47</c> and <c>.Plans</c>.
/// </summary>
public partial class CinCensusRules2025To26 : CinCensusRuleSet
{
    public CinCensusRules2025To26()
        : this(CinCollectionYear.Year2025To26)
    {
    }

    public CinCensusRules2025To26(CinCollectionYear year)
        : base(year)
    {
    }

    /// <summary>The calendar the working-day rules (8569Q, 8670Q, 8675Q) count with.</summary>
    protected virtual WorkingCalendar Calendar => WorkingCalendar.EnglandAndWales;

    [CinRule("100", CinIssueSeverity.Error, "Reference Date is incorrect")]
    public virtual IEnumerable<CinIssue> Rule100(CinHeader? header)
    {
        var stated = header?.ReferenceDate;
        if (stated == Year.ReferenceDate)
        {
            yield break;
        }

        yield return ReturnIssue(stated is { } date
            ? $"The header's ReferenceDate is {D(date)}, but the {Year.Label} census reference date is {D(Year.ReferenceDate)}. Set ReferenceDate to {D(Year.ReferenceDate)}, or check the file against the right year's rules."
            : $"The header has no ReferenceDate. Add <ReferenceDate>{D(Year.ReferenceDate)}</ReferenceDate> to the header's CollectionDetails.");
    }

    [CinRule("1520", CinIssueSeverity.Error, "More than one record with the same UPN.")]
    public virtual IEnumerable<CinIssue> Rule1520(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        foreach (var (upn, childId) in totals.SharedUpns)
        {
            yield return IssueFor(
                childId,
                $"UPN {upn} is also given to another child record in this return. Each child must have their own UPN: correct the UPN, or merge the records if they are the same child.");
        }
    }

    [CinRule("8510", CinIssueSeverity.Error, "More than one child record with the same LA Child ID")]
    public virtual IEnumerable<CinIssue> Rule8510(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        foreach (var (childId, records) in totals.SharedChildIds)
        {
            yield return IssueFor(
                childId,
                $"LAchildID {childId} is used by {records} child records. Give each child one record: merge the records if they are the same child, or correct the LAchildID if they are not.");
        }
    }

    [CinRule("2883", CinIssueSeverity.Error, "There are more child protection plans starting than initial conferences taking place")]
    public virtual IEnumerable<CinIssue> Rule2883(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.PlansStartingInYear > totals.InitialConferencesInYear)
        {
            yield return ReturnIssue(
                $"{totals.PlansStartingInYear} child protection plans start in the census year (CPPstartDate) but only {totals.InitialConferencesInYear} initial child protection conferences are recorded in it (DateOfInitialCPC). Every plan starts at a conference: add the missing DateOfInitialCPC, on the Section47 module of the enquiry that led to it.");
        }
    }

    [CinRule("2886Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)")]
    public virtual IEnumerable<CinIssue> Rule2886Q(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Children > 0 && totals.BornChildrenWithNoSexRecorded * 50 > totals.Children)
        {
            yield return ReturnIssue(string.Create(
                CultureInfo.InvariantCulture,
                $"{totals.BornChildrenWithNoSexRecorded} of {totals.Children} children ({100.0 * totals.BornChildrenWithNoSexRecorded / totals.Children:0.0}%) have no Sex recorded or Sex U, not counting unborn children; the DfE expects no more than 2%. Record M or F where it is known, or give the DfE the reason."));
        }
    }

    [CinRule("2887Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return")]
    public virtual IEnumerable<CinIssue> Rule2887Q(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.DisabilityCodesUsed.Count < 8)
        {
            var used = totals.DisabilityCodesUsed.Count == 0 ? "none" : string.Join(", ", totals.DisabilityCodesUsed.Order(StringComparer.Ordinal));
            yield return ReturnIssue(
                $"Only {totals.DisabilityCodesUsed.Count} different Disability codes other than NONE are used in the return ({used}); the DfE expects at least 8 in a local authority's return. Check that children's disabilities are recorded, or give the DfE the reason.");
        }
    }

    [CinRule("2888Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.")]
    public virtual IEnumerable<CinIssue> Rule2888Q(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.ChildrenWithADisability > 0 && totals.ChildrenWithSeveralDisabilities == 0)
        {
            yield return ReturnIssue(
                $"Each of the {totals.ChildrenWithADisability} children with a disability has only one Disability code. Record every disability a child has, or give the DfE the reason.");
        }
    }

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string D(DateOnly? date) => date is { } d ? D(d) : "(none)";

    private static string Episode(CinDetails details) =>
        details.CinReferralDate is { } referral ? $"the CINdetails with CINreferralDate {D(referral)}" : "a CINdetails with no CINreferralDate";

    private static string EpisodeStartingSentence(CinDetails details) =>
        details.CinReferralDate is { } referral ? $"The CINdetails with CINreferralDate {D(referral)}" : "A CINdetails with no CINreferralDate";

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Whether a date falls from <paramref name="start"/> to <paramref name="end"/> inclusive, or to the reference date when there is no end.</summary>
    private bool FallsWithin(DateOnly date, DateOnly start, DateOnly? end) => date >= start && date <= (end ?? Year.ReferenceDate);
}
