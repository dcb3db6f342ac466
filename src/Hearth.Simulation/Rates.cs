namespace Hearth.Simulation;

/// <summary>
/// Every rate the simulator draws from, in one place. Each is cited to the specification's DOMAIN.md (../shared/DOMAIN.md beside the repository) ("National volumes for
/// sizing" and "Headline indicators") or marked as an estimate; the imperfections are the failures inspections find,
/// at rates a local authority can change to see what its reports show.
/// </summary>
public sealed record Rates
{
    /// <summary>
    /// Referrals a year per child in the population. England: about 633,000 referrals (CIN census 2024-25) for about
    /// 12.2 million children aged 0 to 17 (ONS mid-year estimate; estimate), about 520 per 10,000.
    /// </summary>
    public double ReferralsPerChild { get; init; } = 633_000d / 12_200_000d;

    /// <summary>
    /// Share of referrals within 12 months of an earlier referral for the same child: 22.6% in 2024-25, 22% in 2024
    /// (CIN statistics; "Children in need: a focus on re-referrals", EES 2024).
    /// </summary>
    public double ReReferralRate { get; init; } = 0.226;

    /// <summary>
    /// Contacts per referral, counted per child. Not collected nationally; local authorities commonly see 3 to 5
    /// contacts per referral (DOMAIN.md: sizing assumption, not a statistic).
    /// </summary>
    public double ContactsPerReferral { get; init; } = 3.5;

    /// <summary>
    /// Share of families first known to children's services before a baby is born: the contact concerns an unborn
    /// child, registered with an expected date of birth, and some go on to a pre-birth initial conference. Estimate: about
    /// 3%. The CIN census counts unborn children but the share of referrals is not in DOMAIN.md; the last published
    /// England figure found, about 1,000 unborn children registered a year against about 27,000 registrations on the
    /// child protection registers in 2000-01 (Hansard, written answer on child protection of unborn children, 5 December
    /// 2001), is about 4% of registrations.
    /// </summary>
    public double UnbornAtFirstContact { get; init; } = 0.03;

    /// <summary>Share of contacts that a police domestic abuse notification makes (estimate).</summary>
    public double DomesticAbuseNotifications { get; init; } = 0.18;

    /// <summary>
    /// Share of referrals that end with no further action before an assessment (census ReferralNFA). Assessments
    /// completed (about 650,000, CIN 2022-23) run close to referrals (633,000), so few end before one (estimate).
    /// </summary>
    public double NoFurtherActionBeforeAssessment { get; init; } = 0.06;

    /// <summary>
    /// Share of referrals that have a strategy discussion. Strategy discussions are not counted nationally; about
    /// 195,000 children had a section 47 enquiry in 2024-25 against 633,000 referrals (31%), and some discussions
    /// end without one (estimate: 85% go on to an enquiry).
    /// </summary>
    public double StrategyDiscussionPerReferral { get; init; } = 0.36;

    /// <summary>Share of strategy discussions that start a section 47 enquiry (estimate; see above).</summary>
    public double Section47PerStrategyDiscussion { get; init; } = 0.85;

    /// <summary>
    /// Share of section 47 enquiries that lead to an initial child protection conference: about 80 to 85 thousand
    /// ICPCs a year (DOMAIN.md, from memory) against about 195,000 children with an enquiry, about 42%.
    /// </summary>
    public double ConferencePerSection47 { get; init; } = 0.42;

    /// <summary>Share of ICPCs that make a child protection plan: about 64,400 plans started (2021-22) for about 82,000 ICPCs.</summary>
    public double PlanPerConference { get; init; } = 0.78;

    /// <summary>
    /// After an assessment that did not lead to a child protection plan: the shares closed with no further action
    /// (RC8), stepped down to early help (RC9) and given a child in need plan. Estimate from the CIN census closure
    /// reasons, where RC8 is the most common.
    /// </summary>
    public double AssessmentNoFurtherAction { get; init; } = 0.45;

    public double AssessmentEarlyHelp { get; init; } = 0.15;

    /// <summary>
    /// Share of children known to children's services with a disability recorded: about 13% of children in need
    /// (DfE, Characteristics of children in need 2023-24; from memory, verify in EES). The rest are recorded as having
    /// none (census code NONE), as the census asks of every child whose referral led to further action.
    /// </summary>
    public double ChildrenWithADisability { get; init; } = 0.13;

    /// <summary>Median working days to complete an assessment: about 33 (CIN statistics 2022-23, mean/median).</summary>
    public int AssessmentMedianWorkingDays { get; init; } = 30;

    /// <summary>Median days on a child in need plan (estimate: most plans last 3 to 9 months).</summary>
    public int ChildInNeedPlanMedianDays { get; init; } = 180;

    /// <summary>
    /// Median days on a child protection plan, and the spread. With a log-normal spread of 0.55 about 3.5% of plans
    /// last 2 years or more, the "long CP plans" indicator (CIN statistics: about 3 to 4%; estimate).
    /// </summary>
    public int ChildProtectionPlanMedianDays { get; init; } = 270;

    public double ChildProtectionPlanSpread { get; init; } = 0.55;

    /// <summary>
    /// Initial category of abuse of plans starting: neglect about 47%, emotional about 39%, physical about 7%, sexual
    /// about 4%, multiple about 3% (CIN census, CP plans starting by initial category; from memory, verify in EES).
    /// </summary>
    public IReadOnlyList<(string Category, double Share)> CategoryOfAbuse { get; init; } =
    [
        ("Neglect", 0.47), ("Emotional abuse", 0.39), ("Physical abuse", 0.07), ("Sexual abuse", 0.04), ("Multiple", 0.03),
    ];

    /// <summary>
    /// Days between a team manager's recorded oversight of a child on a plan: about monthly. No national standard sets
    /// the frequency; it is a local practice standard (many authorities require monthly management oversight of children
    /// on child protection and child in need plans), and Ofsted's inspections of local authority children's services
    /// (ILACS) repeatedly find oversight that is not regular enough to drive plans forward.
    /// </summary>
    public int OversightEveryDays { get; init; } = 30;

    /// <summary>Days after an allocation for an assessment that the manager records a first direction (local practice standard: within a week).</summary>
    public int OversightOfAssessmentWithinDays { get; init; } = 7;

    /// <summary>Share of case-holding workers who leave in a year: about 16% (DfE children's social work workforce 2024; estimate).</summary>
    public double WorkerTurnover { get; init; } = 0.16;

    /// <summary>
    /// Children per case-holding social worker: about 16 to 17 per FTE (DfE "Children's social work workforce"
    /// statistics, average caseload; DOMAIN.md does not give it; estimate). The case-holding teams are sized to it and
    /// each child goes to the least loaded worker, so caseloads come out even around it.
    /// </summary>
    public int Caseload { get; init; } = 17;

    /// <summary>
    /// Share of the children seen by children's services who are White British. North Somerset's children are about
    /// 90% White British (Census 2021; estimate); England's children in need about 62% (CIN census; estimate).
    /// </summary>
    public double WhiteBritishShare { get; init; } = 0.62;

    /// <summary>Imperfections: the failures inspections find, drawn at these rates.</summary>
    public Imperfections Imperfections { get; init; } = new();
}

/// <summary>The failures inspectors find, at configurable rates (each is the share of the events it can happen to).</summary>
public sealed record Imperfections
{
    /// <summary>Contact decisions made later than 1 working day (Working Together 2023 standard).</summary>
    public double LateContactDecisions { get; init; } = 0.08;

    /// <summary>Contacts closed while information is gathered and reopened later (the clock keeps running).</summary>
    public double ContactsClosedAndReopened { get; init; } = 0.04;

    /// <summary>A second contact about the same children before the first is decided, so the two form a chain.</summary>
    public double ChainedContacts { get; init; } = 0.05;

    /// <summary>Assessments completed after 45 working days: nationally about 17% (CIN statistics: about 83% on time).</summary>
    public double LateAssessments { get; init; } = 0.17;

    /// <summary>Initial conferences held after 15 working days from the strategy discussion: nationally about 20 to 25%.</summary>
    public double LateConferences { get; init; } = 0.22;

    /// <summary>Statutory visits missed, so the next one is late (estimate).</summary>
    public double MissedVisits { get; init; } = 0.10;

    /// <summary>Visits where the child was not seen (estimate).</summary>
    public double ChildNotSeen { get; init; } = 0.05;

    /// <summary>
    /// Plan actions (child protection and child in need) done weeks after the date the plan set, rather than by it
    /// (estimate: inspections report plans whose actions drift in a minority of cases).
    /// </summary>
    public double LatePlanActions { get; init; } = 0.10;

    /// <summary>Actions set in management oversight done after the date the manager set (estimate).</summary>
    public double LateOversightActions { get; init; } = 0.12;

    /// <summary>Plans ended and restarted within weeks (estimate).</summary>
    public double PlansEndedAndRestarted { get; init; } = 0.04;

    /// <summary>
    /// Records left with something the DfE validation catches: ethnicity never obtained after an assessment, a
    /// school-age child without a unique pupil number, a primary need left "not stated" (estimate).
    /// </summary>
    public double RecordingErrors { get; init; } = 0.03;
}
