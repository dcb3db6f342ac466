namespace Hearth.Returns.CinCensus.Checks;

public partial class CinCensusRules2025To26
{
    [CinRule("2885", CinIssueSeverity.Error, "Child protection plan shown as starting a different day to the initial child protection conference.")]
    public virtual IEnumerable<CinIssue> Rule2885(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var plan in details.ChildProtectionPlans)
            {
                if (plan.StartDate is { } started && Year.Contains(started) && !InitialConferences(details).Contains(started))
                {
                    var conferences = InitialConferences(details).Select(D).ToList();
                    yield return Issue(child, conferences.Count == 0
                        ? $"CPPstartDate {D(started)} has no initial child protection conference in {Episode(details)}. A plan starts on the day of its conference: record the DateOfInitialCPC on the section 47 enquiry that led to it."
                        : $"CPPstartDate {D(started)} is not the day of an initial child protection conference in {Episode(details)} ({string.Join(", ", conferences)}). A plan starts on the day of its conference: correct whichever date is wrong.");
                }
            }
        }
    }

    [CinRule("4000", CinIssueSeverity.Error, "CIN Plan details provided for a referral with no further action")]
    public virtual IEnumerable<CinIssue> Rule4000(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails.Where(d => d.IsReferralNfa && d.CinPlanDates.Count > 0))
        {
            yield return Issue(child, $"{EpisodeStartingSentence(details)} is marked as no further action (ReferralNFA 1) but has a CIN plan. Set ReferralNFA to 0, because the referral did lead to further action.");
        }
    }

    [CinRule("4001", CinIssueSeverity.Error, "A CIN Plan cannot run concurrently with a Child Protection Plan")]
    public virtual IEnumerable<CinIssue> Rule4001(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            if (details.ChildProtectionPlans.FirstOrDefault(p => p.EndDate is null) is { } protection
                && details.CinPlanDates.FirstOrDefault(p => p.EndDate is null) is { } cinPlan)
            {
                yield return Issue(child, $"In {Episode(details)} the child protection plan started {D(protection.StartDate)} and the CIN plan started {D(cinPlan.StartDate)} are both open (no CPPendDate, no CINPlanEndDate). A child protection plan replaces a CIN plan: record CINPlanEndDate, or CPPendDate if the child protection plan has ended.");
            }
        }
    }

    [CinRule("4003", CinIssueSeverity.Error, "A CPP review date is shown as being held at the same time as an open CIN Plan.")]
    public virtual IEnumerable<CinIssue> Rule4003(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            foreach (var plan in details.ChildProtectionPlans)
            {
                foreach (var review in plan.ReviewDates)
                {
                    if (review is not { } reviewed || reviewed == plan.EndDate)
                    {
                        continue;
                    }

                    foreach (var cinPlan in details.CinPlanDates)
                    {
                        if (cinPlan.StartDate is { } started && reviewed >= started && (cinPlan.EndDate is not { } ended || reviewed < ended))
                        {
                            yield return Issue(child, $"CPPreviewDate {D(reviewed)} falls while the CIN plan started {D(started)} (ended {D(cinPlan.EndDate)}) is open. A child protection review is held while the child is on a child protection plan, not a CIN plan: check CINPlanStartDate, CINPlanEndDate and the review date.");
                        }
                    }
                }
            }
        }
    }

    [CinRule("4004", CinIssueSeverity.Error, "This child is showing more than one open CIN Plan, i.e. with no End Date")]
    public virtual IEnumerable<CinIssue> Rule4004(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            var open = details.CinPlanDates.Where(p => p.EndDate is null).ToList();
            if (open.Count > 1)
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} has {open.Count} CIN plans with no CINPlanEndDate (started {string.Join(", ", open.Select(p => D(p.StartDate)))}). Only one CIN plan can be open: record when the others ended.");
            }
        }
    }

    [CinRule("4008", CinIssueSeverity.Error, "CIN Plan shown as starting after the child’s Date of Death.")]
    public virtual IEnumerable<CinIssue> Rule4008(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is not { } died)
        {
            yield break;
        }

        foreach (var plan in CinPlans(child).Where(p => p.StartDate > died))
        {
            yield return Issue(child, $"CINPlanStartDate {D(plan.StartDate)} is after PersonDeathDate {D(died)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("4009Q", CinIssueSeverity.Query, "CIN Plan cannot end after the child’s Date of Death")]
    public virtual IEnumerable<CinIssue> Rule4009Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is not { } died)
        {
            yield break;
        }

        foreach (var plan in CinPlans(child).Where(p => p.EndDate > died))
        {
            yield return Issue(child, $"CINPlanEndDate {D(plan.EndDate)} is after PersonDeathDate {D(died)}. The plan ends when the child dies: check both dates.");
        }
    }

    [CinRule("4010", CinIssueSeverity.Error, "CIN Plan start date is missing or out of data collection period")]
    public virtual IEnumerable<CinIssue> Rule4010(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in CinPlans(child))
        {
            if (plan.StartDate is not { } started)
            {
                yield return Issue(child, "A CINPlanDates module has no CINPlanStartDate. Record when the CIN plan started.");
            }
            else if (started > Year.ReferenceDate)
            {
                yield return Issue(child, $"CINPlanStartDate {D(started)} is after the census reference date {D(Year.ReferenceDate)}. Correct the date, or leave the plan out until next year's census.");
            }
        }
    }

    [CinRule("4011", CinIssueSeverity.Error, "CIN Plan End Date earlier than Start Date")]
    public virtual IEnumerable<CinIssue> Rule4011(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in CinPlans(child).Where(p => p.EndDate < p.StartDate))
        {
            yield return Issue(child, $"CINPlanEndDate {D(plan.EndDate)} is before CINPlanStartDate {D(plan.StartDate)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("4012Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day")]
    public virtual IEnumerable<CinIssue> Rule4012Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in CinPlans(child).Where(p => p.StartDate is not null && p.EndDate == p.StartDate))
        {
            yield return Issue(child, $"The CIN plan starts and ends on the same day, {D(plan.StartDate)}. Check CINPlanStartDate and CINPlanEndDate, or give the DfE the reason.");
        }
    }

    [CinRule("4013", CinIssueSeverity.Error, "CIN Plan end date must fall within the census year")]
    public virtual IEnumerable<CinIssue> Rule4013(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in CinPlans(child).Where(p => p.EndDate is { } ended && !Year.Contains(ended)))
        {
            yield return Issue(child, $"CINPlanEndDate {D(plan.EndDate)} is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Leave out plans that ended before the year; a plan ending after it is still open on {D(Year.ReferenceDate)}, so leave its end date out.");
        }
    }

    [CinRule("4014", CinIssueSeverity.Error, "CIN Plan data contains overlapping dates")]
    public virtual IEnumerable<CinIssue> Rule4014(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var plans = CinPlans(child).ToList();
        for (var i = 0; i < plans.Count; i++)
        {
            for (var j = 0; j < plans.Count; j++)
            {
                if (i != j && plans[i].StartDate is { } started && plans[j].StartDate is { } otherStarted && FallsWithin(started, otherStarted, plans[j].EndDate))
                {
                    yield return Issue(child, $"The CIN plan starting {D(started)} overlaps the CIN plan from {D(otherStarted)} to {(plans[j].EndDate is { } ended ? D(ended) : "the reference date")}. A child has one CIN plan at a time: correct CINPlanStartDate or CINPlanEndDate.");
                }
            }
        }
    }

    [CinRule("4016", CinIssueSeverity.Error, "A CIN Plan has been reported as open at the same time as a Child Protection Plan.")]
    public virtual IEnumerable<CinIssue> Rule4016(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var cinPlan in CinPlans(child))
        {
            foreach (var plan in ProtectionPlans(child))
            {
                if (cinPlan.StartDate is { } started && plan.StartDate is { } protectionStarted && StartsDuring(started, protectionStarted, plan.EndDate))
                {
                    yield return Issue(child, $"CINPlanStartDate {D(started)} falls during the child protection plan from {D(protectionStarted)} to {(plan.EndDate is { } ended ? D(ended) : "the reference date")}. A CIN plan can start on the day a child protection plan ends, not before: correct the dates.");
                }
            }
        }
    }

    [CinRule("4017", CinIssueSeverity.Error, "A CIN Plan has been reported as open at the same time as a Child Protection Plan.")]
    public virtual IEnumerable<CinIssue> Rule4017(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child))
        {
            foreach (var cinPlan in CinPlans(child))
            {
                if (plan.StartDate is { } started && cinPlan.StartDate is { } cinStarted && StartsDuring(started, cinStarted, cinPlan.EndDate))
                {
                    yield return Issue(child, $"CPPstartDate {D(started)} falls during the CIN plan from {D(cinStarted)} to {(cinPlan.EndDate is { } ended ? D(ended) : "the reference date")}. End the CIN plan on the day the child protection plan starts: record CINPlanEndDate {D(started)}.");
                }
            }
        }
    }

    [CinRule("8720", CinIssueSeverity.Error, "Child Protection Plan Start Date missing or out of data collection period")]
    public virtual IEnumerable<CinIssue> Rule8720(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child))
        {
            if (plan.StartDate is not { } started)
            {
                yield return Issue(child, "A child protection plan has no CPPstartDate. Record the date of the conference that started it.");
            }
            else if (started > Year.ReferenceDate)
            {
                yield return Issue(child, $"CPPstartDate {D(started)} is after the census reference date {D(Year.ReferenceDate)}. Correct the date, or leave the plan out until next year's census.");
            }
        }
    }

    [CinRule("8730", CinIssueSeverity.Error, "Total Number of previous Child Protection Plans missing")]
    public virtual IEnumerable<CinIssue> Rule8730(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.NumberOfPreviousCpp is null))
        {
            yield return Issue(child, $"The child protection plan started {D(plan.StartDate)} has no NumberOfPreviousCPP. Record how many child protection plans the child had before this one, 0 if none.");
        }
    }

    [CinRule("8840", CinIssueSeverity.Error, "Child Protection Plan cannot start and end on the same day")]
    public virtual IEnumerable<CinIssue> Rule8840(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.StartDate is not null && p.EndDate == p.StartDate))
        {
            yield return Issue(child, $"The child protection plan starts and ends on the same day, {D(plan.StartDate)}. Check CPPstartDate and CPPendDate; if the conference decided against a plan, remove the plan.");
        }
    }

    [CinRule("8841", CinIssueSeverity.Error, "The review date cannot be on the same day or before the Child protection Plan start date.")]
    public virtual IEnumerable<CinIssue> Rule8841(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child))
        {
            foreach (var review in plan.ReviewDates.Where(r => r <= plan.StartDate))
            {
                yield return Issue(child, $"CPPreviewDate {D(review)} is on or before CPPstartDate {D(plan.StartDate)}. A review conference comes after the plan starts: correct whichever date is wrong.");
            }
        }
    }

    [CinRule("8842Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: Review Record has a missing date")]
    public virtual IEnumerable<CinIssue> Rule8842Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.ReviewDates.Any(r => r is null)))
        {
            yield return Issue(child, $"The child protection plan started {D(plan.StartDate)} has a CPPreviewDate with no date. Record the date of the review conference, or remove the empty review.");
        }
    }

    [CinRule("8905", CinIssueSeverity.Error, "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)")]
    public virtual IEnumerable<CinIssue> Rule8905(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.InitialCategoryOfAbuse is null || !Codes.CategoriesOfAbuse.Contains(p.InitialCategoryOfAbuse)))
        {
            yield return Issue(child, plan.InitialCategoryOfAbuse is null
                ? $"The child protection plan started {D(plan.StartDate)} has no InitialCategoryOfAbuse. Record NEG, PHY, SAB, EMO or MUL."
                : $"InitialCategoryOfAbuse '{plan.InitialCategoryOfAbuse}' is not a census code. Use NEG, PHY, SAB, EMO or MUL.");
        }
    }

    [CinRule("8910", CinIssueSeverity.Error, "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)")]
    public virtual IEnumerable<CinIssue> Rule8910(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.LatestCategoryOfAbuse is null || !Codes.CategoriesOfAbuse.Contains(p.LatestCategoryOfAbuse)))
        {
            yield return Issue(child, plan.LatestCategoryOfAbuse is null
                ? $"The child protection plan started {D(plan.StartDate)} has no LatestCategoryOfAbuse. Record NEG, PHY, SAB, EMO or MUL."
                : $"LatestCategoryOfAbuse '{plan.LatestCategoryOfAbuse}' is not a census code. Use NEG, PHY, SAB, EMO or MUL.");
        }
    }

    [CinRule("8915", CinIssueSeverity.Error, "Child Protection Plan shown as starting after the child’s Date of Death")]
    public virtual IEnumerable<CinIssue> Rule8915(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is not { } died)
        {
            yield break;
        }

        foreach (var plan in ProtectionPlans(child).Where(p => p.StartDate > died))
        {
            yield return Issue(child, $"CPPstartDate {D(plan.StartDate)} is after PersonDeathDate {D(died)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("8920", CinIssueSeverity.Error, "Child Protection Plan cannot end after the child’s Date of Death")]
    public virtual IEnumerable<CinIssue> Rule8920(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is not { } died)
        {
            yield break;
        }

        foreach (var plan in ProtectionPlans(child).Where(p => p.EndDate > died))
        {
            yield return Issue(child, $"CPPendDate {D(plan.EndDate)} is after PersonDeathDate {D(died)}. The plan ends when the child dies: correct whichever date is wrong.");
        }
    }

    [CinRule("8925", CinIssueSeverity.Error, "Child Protection Plan End Date earlier than Start Date")]
    public virtual IEnumerable<CinIssue> Rule8925(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.EndDate < p.StartDate))
        {
            yield return Issue(child, $"CPPendDate {D(plan.EndDate)} is before CPPstartDate {D(plan.StartDate)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("8930", CinIssueSeverity.Error, "Child Protection Plan End Date must fall within the census year")]
    public virtual IEnumerable<CinIssue> Rule8930(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var plan in ProtectionPlans(child).Where(p => p.EndDate is { } ended && !Year.Contains(ended)))
        {
            yield return Issue(child, $"CPPendDate {D(plan.EndDate)} is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Leave out plans that ended before the year; a plan ending after it is still open on {D(Year.ReferenceDate)}, so leave its end date out.");
        }
    }

    [CinRule("8935", CinIssueSeverity.Error, "This child is showing more than one open Child Protection plan, i.e. with no End Date")]
    public virtual IEnumerable<CinIssue> Rule8935(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var details in child.CinDetails)
        {
            var open = details.ChildProtectionPlans.Where(p => p.EndDate is null).ToList();
            if (open.Count > 1)
            {
                yield return Issue(child, $"{EpisodeStartingSentence(details)} has {open.Count} child protection plans with no CPPendDate (started {string.Join(", ", open.Select(p => D(p.StartDate)))}). Only one plan can be open: record when the others ended.");
            }
        }
    }

    [CinRule("8940", CinIssueSeverity.Error, "Child Protection Plan data contains overlapping dates")]
    public virtual IEnumerable<CinIssue> Rule8940(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var plans = ProtectionPlans(child).ToList();
        for (var i = 0; i < plans.Count; i++)
        {
            for (var j = 0; j < plans.Count; j++)
            {
                if (i != j && plans[i].StartDate is { } started && plans[j].StartDate is { } otherStarted && FallsWithin(started, otherStarted, plans[j].EndDate))
                {
                    yield return Issue(child, $"The child protection plan starting {D(started)} overlaps the plan from {D(otherStarted)} to {(plans[j].EndDate is { } ended ? D(ended) : "the reference date")}. A child has one child protection plan at a time: correct CPPstartDate or CPPendDate.");
                }
            }
        }
    }

    private static IEnumerable<CinPlanDates> CinPlans(CinChild child) => child.CinDetails.SelectMany(d => d.CinPlanDates);

    private static IEnumerable<CinChildProtectionPlan> ProtectionPlans(CinChild child) => child.CinDetails.SelectMany(d => d.ChildProtectionPlans);

    /// <summary>Whether a plan starting on <paramref name="date"/> starts during another that runs from <paramref name="start"/> to the day before <paramref name="end"/> (or to the reference date when it has no end).</summary>
    private bool StartsDuring(DateOnly date, DateOnly start, DateOnly? end) =>
        date >= start && (end is { } ended ? date < ended : date <= Year.ReferenceDate);
}
