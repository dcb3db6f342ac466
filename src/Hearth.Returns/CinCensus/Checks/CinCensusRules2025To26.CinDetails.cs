namespace Hearth.Returns.CinCensus.Checks;

public partial class CinCensusRules2025To26
{
    [CinRule("1103", CinIssueSeverity.Error, "The assessment start date cannot be before the referral date")]
    public virtual IEnumerable<CinIssue> Rule1103(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var assessment in details.Assessments)
            {
                if (assessment.ActualStartDate < details.CinReferralDate)
                {
                    yield return Issue(child, $"AssessmentActualStartDate {D(assessment.ActualStartDate)} is before CINreferralDate {D(details.CinReferralDate)}. An assessment starts on or after the referral: correct whichever date is wrong.");
                }
            }
        }
    }

    [CinRule("1104", CinIssueSeverity.Error, "The date of the initial child protection conference cannot be before the referral date")]
    public virtual IEnumerable<CinIssue> Rule1104(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var conference in InitialConferences(details))
            {
                if (conference < details.CinReferralDate)
                {
                    yield return Issue(child, $"DateOfInitialCPC {D(conference)} is before CINreferralDate {D(details.CinReferralDate)}. An initial child protection conference is held on or after the referral: correct whichever date is wrong.");
                }
            }
        }
    }

    [CinRule("1105", CinIssueSeverity.Error, "The child protection plan start date cannot be before the referral date")]
    public virtual IEnumerable<CinIssue> Rule1105(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var plan in details.ChildProtectionPlans)
            {
                if (plan.StartDate < details.CinReferralDate)
                {
                    yield return Issue(child, $"CPPstartDate {D(plan.StartDate)} is before CINreferralDate {D(details.CinReferralDate)}. A child protection plan starts on or after the referral: correct whichever date is wrong.");
                }
            }
        }
    }

    [CinRule("2889", CinIssueSeverity.Error, "The S47 start date cannot be before the referral date.")]
    public virtual IEnumerable<CinIssue> Rule2889(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var enquiry in details.Section47s)
            {
                if (enquiry.ActualStartDate < details.CinReferralDate)
                {
                    yield return Issue(child, $"S47ActualStartDate {D(enquiry.ActualStartDate)} is before CINreferralDate {D(details.CinReferralDate)}. A section 47 enquiry starts on or after the referral: correct whichever date is wrong.");
                }
            }
        }
    }

    [CinRule("2990", CinIssueSeverity.Error, "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.")]
    public virtual IEnumerable<CinIssue> Rule2990(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.ReasonForClosure is "RC8" or "RC9"))
        {
            var activity = new List<string>();
            if (details.DateOfInitialCpc is not null)
            {
                activity.Add("a DateOfInitialCPC");
            }

            if (details.CinPlanDates.Count > 0)
            {
                activity.Add("a CIN plan");
            }

            if (details.Section47s.Count > 0)
            {
                activity.Add("a section 47 enquiry");
            }

            if (details.ChildProtectionPlans.Count > 0)
            {
                activity.Add("a child protection plan");
            }

            if (activity.Count > 0)
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} has ReasonForClosure {details.ReasonForClosure} (case closed after assessment) but also has {string.Join(" and ", activity)}. Use another reason for closure, or remove the activity if it belongs to a different episode.");
            }
        }
    }

    [CinRule("2991Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode")]
    public virtual IEnumerable<CinIssue> Rule2991Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.Section47s.Count > 0 && d.Assessments.Count == 0))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} has a section 47 enquiry but no Assessments. Record the child and family assessment carried out alongside the enquiry, or give the DfE the reason there was none.");
        }
    }

    [CinRule("4015", CinIssueSeverity.Error, "The CIN Plan start date cannot be before the referral date")]
    public virtual IEnumerable<CinIssue> Rule4015(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var plan in details.CinPlanDates)
            {
                if (plan.StartDate < details.CinReferralDate)
                {
                    yield return Issue(child, $"CINPlanStartDate {D(plan.StartDate)} is before CINreferralDate {D(details.CinReferralDate)}. A CIN plan starts on or after the referral: correct whichever date is wrong.");
                }
            }
        }
    }

    [CinRule("8555Q", CinIssueSeverity.Query, "Child cannot be referred after its recorded date of death")]
    public virtual IEnumerable<CinIssue> Rule8555Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is not { } died)
        {
            yield break;
        }

        foreach (var details in child.CinDetails.Where(d => d.CinReferralDate > died))
        {
            yield return Issue(child, $"CINreferralDate {D(details.CinReferralDate)} is after PersonDeathDate {D(died)}. Check both dates.");
        }
    }

    [CinRule("8565", CinIssueSeverity.Error, "Activity shown after a case has been closed")]
    public virtual IEnumerable<CinIssue> Rule8565(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            if (details.CinClosureDate is not { } closed)
            {
                continue;
            }

            foreach (var (field, date) in ActivityDates(details).Where(a => a.Date > closed))
            {
                yield return Issue(child, $"{field} {D(date)} is after CINclosureDate {D(closed)} of {Episode(details)}. Nothing can happen in an episode after it closes: correct the date, or the closure date if the episode closed later.");
            }
        }
    }

    [CinRule("8568", CinIssueSeverity.Error, "RNFA flag is missing or invalid")]
    public virtual IEnumerable<CinIssue> Rule8568(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => !CinYesNo.IsValid(d.ReferralNfa)))
        {
            yield return Issue(child, details.ReferralNfa is null
                ? $"ReferralNFA is missing for {Episode(details)}. Record 1 if the referral led to no further action, or 0 if it did."
                : $"ReferralNFA is '{details.ReferralNfa}' for {Episode(details)}; it must be 1 (no further action) or 0 (further action).");
        }
    }

    [CinRule("8569Q", CinIssueSeverity.Query, "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case")]
    public virtual IEnumerable<CinIssue> Rule8569Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var cutOff = Calendar.AddWorkingDays(Year.StartDate, -1);
        foreach (var details in child.CinDetails.Where(d => d.IsReferralNfa && d.CinReferralDate < cutOff))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} is marked as no further action (ReferralNFA 1) but the referral was before {D(cutOff)}, so it belongs to an earlier census. Set ReferralNFA to 0 if the referral led to further action, or leave the episode out of this return.");
        }
    }

    [CinRule("8585Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death")]
    public virtual IEnumerable<CinIssue> Rule8585Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is not null)
        {
            yield break;
        }

        foreach (var details in child.CinDetails.Where(d => d.ReasonForClosure == "RC2"))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} closed with ReasonForClosure RC2 (died) but there is no PersonDeathDate. Record the date of death, or correct the reason for closure.");
        }
    }

    [CinRule("8600", CinIssueSeverity.Error, "Child referral date missing or after data collection period")]
    public virtual IEnumerable<CinIssue> Rule8600(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            if (details.CinReferralDate is not { } referred)
            {
                yield return Issue(child, "A CINdetails has no CINreferralDate. Record the date the referral was received.");
            }
            else if (referred > Year.ReferenceDate)
            {
                yield return Issue(child, $"CINreferralDate {D(referred)} is after the census reference date {D(Year.ReferenceDate)}. Correct the date, or leave the referral out until next year's census.");
            }
        }
    }

    [CinRule("8606", CinIssueSeverity.Error, "Child referral date is more than 40 weeks before DOB or expected DOB")]
    public virtual IEnumerable<CinIssue> Rule8606(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var identifiers = child.Identifiers;
        foreach (var details in child.CinDetails)
        {
            if (details.CinReferralDate is not { } referred)
            {
                continue;
            }

            if (identifiers.PersonBirthDate is { } born && referred < born.AddDays(-280))
            {
                yield return Issue(child, $"CINreferralDate {D(referred)} is more than 40 weeks before PersonBirthDate {D(born)}. Check both dates.");
            }
            else if (identifiers.ExpectedPersonBirthDate is { } expected && referred < expected.AddDays(-280))
            {
                yield return Issue(child, $"CINreferralDate {D(referred)} is more than 40 weeks before ExpectedPersonBirthDate {D(expected)}. Check both dates.");
            }
        }
    }

    [CinRule("8610", CinIssueSeverity.Error, "Primary Need code is missing for a referral which led to further action.")]
    public virtual IEnumerable<CinIssue> Rule8610(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.LedToFurtherAction && d.PrimaryNeedCode is null))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} led to further action (ReferralNFA 0) but has no PrimaryNeedCode. Record the child's main need, N1 to N9, or N0 if it is not stated.");
        }
    }

    [CinRule("8620", CinIssueSeverity.Error, "CIN Closure Date present and does not fall within the Census year")]
    public virtual IEnumerable<CinIssue> Rule8620(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            if (details.CinClosureDate is { } closed && !Year.Contains(closed))
            {
                yield return Issue(child, $"CINclosureDate {D(closed)} is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. An episode closed before the year does not belong in this return; one closing after it is still open on {D(Year.ReferenceDate)}, so leave CINclosureDate out.");
            }
        }
    }

    [CinRule("8630", CinIssueSeverity.Error, "CIN Closure Date is before CIN Referral Date for the same CIN episode")]
    public virtual IEnumerable<CinIssue> Rule8630(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.CinClosureDate < d.CinReferralDate))
        {
            yield return Issue(child, $"CINclosureDate {D(details.CinClosureDate)} is before CINreferralDate {D(details.CinReferralDate)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("8640", CinIssueSeverity.Error, "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)")]
    public virtual IEnumerable<CinIssue> Rule8640(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.ReasonForClosure is { } reason && !Codes.ReasonsForClosure.Contains(reason)))
        {
            yield return Issue(child, $"ReasonForClosure '{details.ReasonForClosure}' for {Episode(details)} is not a census code. Use RC1 to RC9.");
        }
    }

    [CinRule("8650", CinIssueSeverity.Error, "Primary Need Code invalid (see Primary Need table in CIN census code set)")]
    public virtual IEnumerable<CinIssue> Rule8650(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.PrimaryNeedCode is { } need && !Codes.PrimaryNeeds.Contains(need)))
        {
            yield return Issue(child, $"PrimaryNeedCode '{details.PrimaryNeedCode}' for {Episode(details)} is not a census code. Use N1 to N9, or N0 if it is not stated.");
        }
    }

    [CinRule("8805", CinIssueSeverity.Error, "A CIN case cannot have a CIN closure date without a Reason for Closure")]
    public virtual IEnumerable<CinIssue> Rule8805(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.CinClosureDate is not null && d.ReasonForClosure is null))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} has CINclosureDate {D(details.CinClosureDate)} but no ReasonForClosure. Record why the case closed (RC1 to RC9).");
        }
    }

    [CinRule("8810", CinIssueSeverity.Error, "A CIN case cannot have a Reason for Closure without a CIN Closure Date")]
    public virtual IEnumerable<CinIssue> Rule8810(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.ReasonForClosure is not null && d.CinClosureDate is null))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} has ReasonForClosure {details.ReasonForClosure} but no CINclosureDate. Record the date the case closed, or remove the reason if it is still open.");
        }
    }

    [CinRule("8815", CinIssueSeverity.Error, "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.")]
    public virtual IEnumerable<CinIssue> Rule8815(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var open = child.CinDetails.Where(d => d.CinClosureDate is null && d.LedToFurtherAction).ToList();
        if (open.Count > 1)
        {
            yield return Issue(child, $"{open.Count} episodes that led to further action are open (no CINclosureDate), referred on {string.Join(", ", open.Select(d => D(d.CinReferralDate)))}. A child has one open episode at a time: record the CINclosureDate of each earlier episode.");
        }
    }

    [CinRule("8816", CinIssueSeverity.Error, "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.")]
    public virtual IEnumerable<CinIssue> Rule8816(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var latest = child.CinDetails.Max(d => d.CinReferralDate);
        foreach (var details in child.CinDetails.Where(d => d.CinClosureDate is null && d.LedToFurtherAction && d.CinReferralDate < latest))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} is open (no CINclosureDate) but a later referral, on {D(latest)}, follows it. Record when the earlier episode closed; only the latest episode can be open.");
        }
    }

    [CinRule("8820", CinIssueSeverity.Error, "The dates on the CIN episodes for this child overlap")]
    public virtual IEnumerable<CinIssue> Rule8820(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var episodes = child.CinDetails;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].CinReferralDate is not { } referred)
            {
                continue;
            }

            for (var j = 0; j < episodes.Count; j++)
            {
                var other = episodes[j];
                if (i == j || other.CinReferralDate is not { } otherReferred || referred < otherReferred)
                {
                    continue;
                }

                // The DfE allows one episode to close on the day the next is referred, so the closure day itself is not an overlap.
                var overlaps = other.CinClosureDate is { } otherClosed
                    ? referred < otherClosed
                    : other.LedToFurtherAction && referred <= Year.ReferenceDate;
                if (overlaps)
                {
                    yield return Issue(child, other.CinClosureDate is { } closedOn
                        ? $"{EpisodeStartingSentence(episodes[i])} starts before {Episode(other)} closed on {D(closedOn)} (CINclosureDate). Episodes cannot overlap: correct the dates, or record both referrals in one episode."
                        : $"{EpisodeStartingSentence(episodes[i])} starts while {Episode(other)} is still open (no CINclosureDate). Record when the earlier episode closed, or record both referrals in one episode.");
                }
            }
        }
    }

    [CinRule("8825Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.")]
    public virtual IEnumerable<CinIssue> Rule8825Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.ReasonForClosure is "RC8" or "RC9" && d.Assessments.Count == 0))
        {
            // Hearth closes a referral with no further action as RC8, the only reason that says "no further action"; such a
            // referral has no assessment by definition (rule 8831), so the DfE's query always fires and needs its reason.
            yield return Issue(
                child,
                details.IsReferralNfa
                    ? $"{EpisodeStartingSentence(details)} is a referral with no further action (ReferralNFA 1) closed as RC8, so it has no assessment. Nothing to fix: when the DfE asks, give the reason 'referral with no further action, no assessment needed'."
                    : $"{EpisodeStartingSentence(details)} closed with ReasonForClosure {details.ReasonForClosure} (case closed after assessment) but has no Assessments. Record the assessment, or use the reason that fits.");
        }
    }

    [CinRule("8831", CinIssueSeverity.Error, "Activity is recorded against a case marked as a referral with no further action")]
    public virtual IEnumerable<CinIssue> Rule8831(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.IsReferralNfa))
        {
            var activity = new List<string>();
            if (details.Assessments.Any(a => a.ActualStartDate is not null || a.AuthorisationDate is not null))
            {
                activity.Add("an assessment");
            }

            if (details.Section47s.Any(s => s.ActualStartDate is not null))
            {
                activity.Add("a section 47 enquiry");
            }

            if (InitialConferences(details).Any())
            {
                activity.Add("an initial child protection conference");
            }

            if (activity.Count > 0)
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} is marked as no further action (ReferralNFA 1) but has {string.Join(" and ", activity)}. Set ReferralNFA to 0, because the referral did lead to further action.");
            }
        }
    }

    [CinRule("8832", CinIssueSeverity.Error, "Child Protection details provided for a referral with no further action.")]
    public virtual IEnumerable<CinIssue> Rule8832(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.IsReferralNfa && d.ChildProtectionPlans.Count > 0))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} is marked as no further action (ReferralNFA 1) but has a child protection plan. Set ReferralNFA to 0, because the referral did lead to further action.");
        }
    }

    [CinRule("8866", CinIssueSeverity.Error, "Source of Referral is missing or an invalid code")]
    public virtual IEnumerable<CinIssue> Rule8866(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.ReferralSource is null || !Codes.ReferralSources.Contains(d.ReferralSource)))
        {
            yield return Issue(child, details.ReferralSource is null
                ? $"{EpisodeStartingSentence(details)} has no ReferralSource. Record who made the referral (1A to 10)."
                : $"ReferralSource '{details.ReferralSource}' for {Episode(details)} is not a census code. Use one of 1A to 1D, 2A, 2B, 3A to 3F, 4, 5A to 5D, 6, 7, 8, 9 or 10.");
        }
    }

    [CinRule("8867", CinIssueSeverity.Error, "CIN episode is shown as closed, however Assessment is not shown as completed")]
    public virtual IEnumerable<CinIssue> Rule8867(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.CinClosureDate is not null))
        {
            foreach (var assessment in details.Assessments.Where(a => a.AuthorisationDate is null))
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} closed on {D(details.CinClosureDate)} but its assessment started {D(assessment.ActualStartDate)} has no AssessmentAuthorisationDate. Record when the assessment was completed.");
            }
        }
    }

    [CinRule("8868", CinIssueSeverity.Error, "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag")]
    public virtual IEnumerable<CinIssue> Rule8868(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.CinClosureDate is not null))
        {
            foreach (var enquiry in details.Section47s.Where(s => s.DateOfInitialCpc is null && !s.IsIcpcNotRequired))
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} closed on {D(details.CinClosureDate)} but its section 47 enquiry started {D(enquiry.ActualStartDate)} has neither a DateOfInitialCPC nor ICPCnotRequired 1. Record the conference date, or that no conference was needed.");
            }
        }
    }

    [CinRule("8873Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.")]
    public virtual IEnumerable<CinIssue> Rule8873Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            if (details.ReasonForClosure is { } reason and not ("RC8" or "RC9")
                && details.Assessments is [{ AuthorisationDate: not null } only]
                && only.Factors.Contains("21"))
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} had one assessment, which found no factors (AssessmentFactors 21), but closed with ReasonForClosure {reason}. Use RC8 (closed after assessment, no further action) or RC9 (referred to early help), or give the DfE the reason.");
            }
        }
    }

    private static IEnumerable<DateOnly> InitialConferences(CinDetails details)
    {
        if (details.DateOfInitialCpc is { } atEpisode)
        {
            yield return atEpisode;
        }

        foreach (var enquiry in details.Section47s)
        {
            if (enquiry.DateOfInitialCpc is { } conference)
            {
                yield return conference;
            }
        }
    }

    private static IEnumerable<(string Field, DateOnly Date)> ActivityDates(CinDetails details)
    {
        if (details.DateOfInitialCpc is { } episodeConference)
        {
            yield return ("DateOfInitialCPC", episodeConference);
        }

        foreach (var assessment in details.Assessments)
        {
            if (assessment.ActualStartDate is { } started)
            {
                yield return ("AssessmentActualStartDate", started);
            }

            if (assessment.AuthorisationDate is { } authorised)
            {
                yield return ("AssessmentAuthorisationDate", authorised);
            }
        }

        foreach (var enquiry in details.Section47s)
        {
            if (enquiry.ActualStartDate is { } started)
            {
                yield return ("S47ActualStartDate", started);
            }

            if (enquiry.DateOfInitialCpc is { } conference)
            {
                yield return ("DateOfInitialCPC", conference);
            }
        }

        foreach (var plan in details.ChildProtectionPlans)
        {
            if (plan.EndDate is { } ended)
            {
                yield return ("CPPendDate", ended);
            }
        }

        foreach (var plan in details.CinPlanDates)
        {
            if (plan.StartDate is { } started)
            {
                yield return ("CINPlanStartDate", started);
            }

            if (plan.EndDate is { } ended)
            {
                yield return ("CINPlanEndDate", ended);
            }
        }
    }
}
