using System.Collections.Frozen;

namespace Hearth.Web.Pages.Children.Record.CensusIssues;

/// <summary>The part of a child's record where a census field is recorded, so an issue can link to where it is put right.</summary>
public enum CensusFixArea
{
    Details,
    Referrals,
    Assessments,
    ChildInNeedPlans,
    Section47Enquiries,
    ChildProtectionPlans,
}

/// <summary>A link to the page that puts a census issue right.</summary>
public sealed record CensusFix(string Text, string Href);

/// <summary>
/// Where each CIN census rule's issues are fixed: the record page for the first of the rule's affected fields in the
/// DfE's rule list (cin_rules_cin2025_26.csv, column affected_fields) that Hearth records.
/// </summary>
public static class CensusFixes
{
    private static readonly FrozenDictionary<string, CensusFixArea> s_areas = new Dictionary<string, CensusFixArea>(StringComparer.Ordinal)
    {
        ["1103"] = CensusFixArea.Assessments,
        ["1104"] = CensusFixArea.Referrals,
        ["1105"] = CensusFixArea.ChildProtectionPlans,
        ["1510"] = CensusFixArea.Details,
        ["1520"] = CensusFixArea.Details,
        ["1530"] = CensusFixArea.Details,
        ["1540"] = CensusFixArea.Details,
        ["1550"] = CensusFixArea.Details,
        ["1560Q"] = CensusFixArea.Details,
        ["1570"] = CensusFixArea.Details,
        ["1580"] = CensusFixArea.Details,
        ["2883"] = CensusFixArea.ChildProtectionPlans,
        ["2884"] = CensusFixArea.Section47Enquiries,
        ["2885"] = CensusFixArea.ChildProtectionPlans,
        ["2886Q"] = CensusFixArea.Details,
        ["2887Q"] = CensusFixArea.Details,
        ["2888Q"] = CensusFixArea.Details,
        ["2889"] = CensusFixArea.Section47Enquiries,
        ["2990"] = CensusFixArea.Referrals,
        ["2991Q"] = CensusFixArea.Referrals,
        ["4000"] = CensusFixArea.Referrals,
        ["4001"] = CensusFixArea.ChildInNeedPlans,
        ["4003"] = CensusFixArea.ChildInNeedPlans,
        ["4004"] = CensusFixArea.ChildInNeedPlans,
        ["4008"] = CensusFixArea.Details,
        ["4009Q"] = CensusFixArea.Details,
        ["4010"] = CensusFixArea.ChildInNeedPlans,
        ["4011"] = CensusFixArea.ChildInNeedPlans,
        ["4012Q"] = CensusFixArea.ChildInNeedPlans,
        ["4013"] = CensusFixArea.ChildInNeedPlans,
        ["4014"] = CensusFixArea.ChildInNeedPlans,
        ["4015"] = CensusFixArea.ChildInNeedPlans,
        ["4016"] = CensusFixArea.ChildInNeedPlans,
        ["4017"] = CensusFixArea.ChildInNeedPlans,
        ["4180"] = CensusFixArea.Details,
        ["4220"] = CensusFixArea.Details,
        ["8500"] = CensusFixArea.Details,
        ["8510"] = CensusFixArea.Details,
        ["8520"] = CensusFixArea.Details,
        ["8525Q"] = CensusFixArea.Details,
        ["8530Q"] = CensusFixArea.Details,
        ["8535Q"] = CensusFixArea.Details,
        ["8540"] = CensusFixArea.Details,
        ["8545Q"] = CensusFixArea.Details,
        ["8555Q"] = CensusFixArea.Details,
        ["8565"] = CensusFixArea.Referrals,
        ["8568"] = CensusFixArea.Referrals,
        ["8569Q"] = CensusFixArea.Referrals,
        ["8585Q"] = CensusFixArea.Referrals,
        ["8590"] = CensusFixArea.Details,
        ["8600"] = CensusFixArea.Referrals,
        ["8606"] = CensusFixArea.Referrals,
        ["8608"] = CensusFixArea.Assessments,
        ["8610"] = CensusFixArea.Referrals,
        ["8614"] = CensusFixArea.Assessments,
        ["8615"] = CensusFixArea.Section47Enquiries,
        ["8620"] = CensusFixArea.Referrals,
        ["8630"] = CensusFixArea.Referrals,
        ["8640"] = CensusFixArea.Referrals,
        ["8650"] = CensusFixArea.Referrals,
        ["8670Q"] = CensusFixArea.Assessments,
        ["8675Q"] = CensusFixArea.Section47Enquiries,
        ["8696"] = CensusFixArea.Assessments,
        ["8715"] = CensusFixArea.Section47Enquiries,
        ["8720"] = CensusFixArea.ChildProtectionPlans,
        ["8730"] = CensusFixArea.ChildProtectionPlans,
        ["8736"] = CensusFixArea.Assessments,
        ["8740"] = CensusFixArea.Section47Enquiries,
        ["8750"] = CensusFixArea.Details,
        ["8770Q"] = CensusFixArea.Details,
        ["8772"] = CensusFixArea.Details,
        ["8775Q"] = CensusFixArea.Details,
        ["8790"] = CensusFixArea.Details,
        ["8794"] = CensusFixArea.Details,
        ["8805"] = CensusFixArea.Referrals,
        ["8810"] = CensusFixArea.Referrals,
        ["8815"] = CensusFixArea.Referrals,
        ["8816"] = CensusFixArea.Referrals,
        ["8820"] = CensusFixArea.Referrals,
        ["8825Q"] = CensusFixArea.Referrals,
        ["8831"] = CensusFixArea.Assessments,
        ["8832"] = CensusFixArea.Referrals,
        ["8839"] = CensusFixArea.Section47Enquiries,
        ["8840"] = CensusFixArea.ChildProtectionPlans,
        ["8841"] = CensusFixArea.ChildProtectionPlans,
        ["8842Q"] = CensusFixArea.ChildProtectionPlans,
        ["8863Q"] = CensusFixArea.Assessments,
        ["8866"] = CensusFixArea.Referrals,
        ["8867"] = CensusFixArea.Referrals,
        ["8868"] = CensusFixArea.Section47Enquiries,
        ["8869"] = CensusFixArea.Assessments,
        ["8870Q"] = CensusFixArea.Section47Enquiries,
        ["8873Q"] = CensusFixArea.Referrals,
        ["8875"] = CensusFixArea.Section47Enquiries,
        ["8890"] = CensusFixArea.Section47Enquiries,
        ["8896"] = CensusFixArea.Assessments,
        ["8897Q"] = CensusFixArea.Assessments,
        ["8898"] = CensusFixArea.Assessments,
        ["8905"] = CensusFixArea.ChildProtectionPlans,
        ["8910"] = CensusFixArea.ChildProtectionPlans,
        ["8915"] = CensusFixArea.ChildProtectionPlans,
        ["8920"] = CensusFixArea.Details,
        ["8925"] = CensusFixArea.ChildProtectionPlans,
        ["8930"] = CensusFixArea.ChildProtectionPlans,
        ["8935"] = CensusFixArea.ChildProtectionPlans,
        ["8940"] = CensusFixArea.ChildProtectionPlans,
        ["8945Q"] = CensusFixArea.Assessments,
        ["8950Q"] = CensusFixArea.Assessments,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The area for a rule; the child's details when the rule is not one the record can fix on its own.</summary>
    public static CensusFixArea AreaFor(string ruleCode) => s_areas.GetValueOrDefault(ruleCode, CensusFixArea.Details);

    public static CensusFix For(string ruleCode, Guid childId) => AreaFor(ruleCode) switch
    {
        CensusFixArea.Referrals => new("Referrals", $"/children/{childId}/referrals"),
        CensusFixArea.Assessments => new("Assessments", $"/children/{childId}/assessments"),
        CensusFixArea.ChildInNeedPlans => new("Child in need plans", $"/children/{childId}/child-in-need-plans"),
        CensusFixArea.Section47Enquiries => new("Section 47 enquiries", $"/children/{childId}/section-47-enquiries"),
        CensusFixArea.ChildProtectionPlans => new("Child protection plans", $"/children/{childId}/child-protection-plans"),
        _ => new("Change details", $"/children/{childId}/details/edit"),
    };
}
