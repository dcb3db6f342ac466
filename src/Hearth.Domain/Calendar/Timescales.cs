namespace Hearth.Domain.Calendar;

/// <summary>
/// The catalogue of named timescales, with the defaults from law and guidance overridden by a local
/// authority's <see cref="TimescaleSettings"/>. Hosts build one from configuration and share it; every
/// due date in Hearth comes from one of these timescales.
/// </summary>
public sealed class Timescales
{
    private static readonly Lazy<Timescales> s_standard = new(() => new Timescales(new TimescaleSettings()));

    private const string WorkingTogether = "Working Together to Safeguard Children 2023 (statutory guidance), ";

    private readonly Dictionary<string, Timescale> _byKey;

    public Timescales(TimescaleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var calendar = WorkingCalendar.EnglandAndWales.WithWorkingHours(new WorkingHours(settings.WorkingDayOpens, settings.WorkingDayCloses));

        var defaults = new[]
        {
            new Timescale(
                nameof(ContactDecision),
                "Decision on a contact",
                "Contact received by children's social care",
                DueRule.WorkingTime(1),
                "Decision recorded on the type of response needed",
                WorkingTogether + "on referrals to local authority children's social care: "
                    + "within one working day of a referral being received, a local authority social worker should acknowledge receipt to the referrer "
                    + "and make a decision about the next steps and the type of response required.",
                calendar,
                dueSoonWithin: 1),
            new Timescale(
                nameof(ReferrerAcknowledgement),
                "Acknowledgement to the referrer",
                "Contact received by children's social care",
                DueRule.WorkingTime(1),
                "Receipt acknowledged to the referrer",
                WorkingTogether + "on referrals: within one working day of a referral being received, a local authority social worker "
                    + "should acknowledge receipt to the referrer.",
                calendar,
                dueSoonWithin: 1),
            new Timescale(
                nameof(StrategyDiscussion),
                "Strategy discussion",
                "Decision that there is reasonable cause to suspect significant harm",
                DueRule.WorkingTime(1),
                "Strategy discussion held",
                WorkingTogether + "on strategy discussions: whenever there is reasonable cause to suspect a child is suffering, or likely "
                    + "to suffer, significant harm there should be a strategy discussion, held as soon as possible. "
                    + "The national guidance sets no number: one working day is a common local standard.",
                calendar,
                dueSoonWithin: 1),
            new Timescale(
                nameof(ChildAndFamilyAssessment),
                "Child and family assessment",
                "Referral received",
                DueRule.WorkingDays(45),
                "Assessment completed and authorised",
                WorkingTogether + "on assessments under the Children Act 1989: "
                    + "the maximum timeframe for the assessment to conclude should be no longer than 45 working days from the point of referral. "
                    + "The children in need census measures it from the referral date to the assessment authorisation date.",
                calendar,
                dueSoonWithin: 5),
            new Timescale(
                nameof(InitialChildProtectionConference),
                "Initial child protection conference",
                "Strategy discussion at which the section 47 enquiry was started (the last, if there were several)",
                DueRule.WorkingDays(15),
                "Initial child protection conference held",
                WorkingTogether + "on initial child protection conferences: the conference should take place within 15 working days of "
                    + "the strategy discussion at which section 47 enquiries were initiated, or of the last one if there were several. "
                    + "The children in need census InitialCPCtarget is the section 47 start date plus 15 working days.",
                calendar,
                dueSoonWithin: 3),
            new Timescale(
                nameof(FirstCoreGroup),
                "First core group meeting",
                "Initial child protection conference",
                DueRule.WorkingDays(10),
                "First core group meeting held",
                WorkingTogether + "on the child protection plan: the core group should meet within 10 working days of the initial child "
                    + "protection conference.",
                calendar,
                dueSoonWithin: 3),
            new Timescale(
                nameof(CoreGroup),
                "Core group meeting",
                "Previous core group meeting",
                DueRule.CalendarDays(42),
                "Core group meeting held",
                "Local standard: core groups meet regularly to develop and review the child protection plan (Working Together to Safeguard "
                    + "Children 2023). Six weeks between meetings is a common local standard.",
                calendar,
                dueSoonWithin: 7),
            new Timescale(
                nameof(FirstChildProtectionReview),
                "First child protection review conference",
                "Initial child protection conference",
                DueRule.Months(3),
                "First review conference held",
                WorkingTogether + "on child protection review conferences: the first review conference should be held within three months "
                    + "of the initial conference.",
                calendar,
                dueSoonWithin: 10),
            new Timescale(
                nameof(ChildProtectionReview),
                "Child protection review conference",
                "Previous review conference",
                DueRule.Months(6),
                "Review conference held",
                WorkingTogether + "on child protection review conferences: further reviews should be held at intervals of not more than six "
                    + "months for as long as the child remains subject of a child protection plan.",
                calendar,
                dueSoonWithin: 10),
            new Timescale(
                nameof(ChildProtectionVisit),
                "Child protection visit",
                "Start of the child protection plan, or the last visit at which the child was seen",
                DueRule.WorkingDays(10),
                "Visit at which the child was seen",
                "Local standard: the lead social worker visits the child, seeing them alone where appropriate (Working Together to Safeguard "
                    + "Children 2023). Every 10 working days is a common local standard.",
                calendar,
                dueSoonWithin: 2),
            new Timescale(
                nameof(ChildInNeedVisit),
                "Child in need visit",
                "Start of the child in need plan, or the last visit at which the child was seen",
                DueRule.WorkingDays(20),
                "Visit at which the child was seen",
                "Local standard: the national guidance sets no interval for visits to a child on a child in need plan. "
                    + "Every 20 working days is a common local standard.",
                calendar,
                dueSoonWithin: 3),
            new Timescale(
                nameof(ChildInNeedPlanReview),
                "Child in need plan review",
                "Start of the child in need plan, or its last review",
                DueRule.Months(3),
                "Child in need plan reviewed",
                "Local standard: the national guidance sets no interval for reviewing a child in need plan. "
                    + "At least every three months is a common local standard.",
                calendar,
                dueSoonWithin: 10),
        };

        _byKey = new Dictionary<string, Timescale>(StringComparer.OrdinalIgnoreCase);
        foreach (var timescale in defaults)
        {
            _byKey.Add(timescale.Key, timescale);
        }

        foreach (var (key, change) in settings.Overrides)
        {
            if (!_byKey.TryGetValue(key, out var timescale))
            {
                throw new ArgumentException(
                    $"The timescale settings change '{key}', which is not a timescale Hearth knows. Known timescales: {string.Join(", ", _byKey.Keys)}.",
                    nameof(settings));
            }

            _byKey[timescale.Key] = Apply(timescale, change);
        }

        All = [.. defaults.Select(d => _byKey[d.Key])];
        ContactDecision = _byKey[nameof(ContactDecision)];
        ReferrerAcknowledgement = _byKey[nameof(ReferrerAcknowledgement)];
        StrategyDiscussion = _byKey[nameof(StrategyDiscussion)];
        ChildAndFamilyAssessment = _byKey[nameof(ChildAndFamilyAssessment)];
        InitialChildProtectionConference = _byKey[nameof(InitialChildProtectionConference)];
        FirstCoreGroup = _byKey[nameof(FirstCoreGroup)];
        CoreGroup = _byKey[nameof(CoreGroup)];
        FirstChildProtectionReview = _byKey[nameof(FirstChildProtectionReview)];
        ChildProtectionReview = _byKey[nameof(ChildProtectionReview)];
        ChildProtectionVisit = _byKey[nameof(ChildProtectionVisit)];
        ChildInNeedVisit = _byKey[nameof(ChildInNeedVisit)];
        ChildInNeedPlanReview = _byKey[nameof(ChildInNeedPlanReview)];
    }

    /// <summary>The timescales as law and guidance set them, with a 09:00 to 17:00 working day.</summary>
    public static Timescales Standard => s_standard.Value;

    /// <summary>A decision on the type of response to a contact, within 1 working day of its receipt.</summary>
    public Timescale ContactDecision { get; }

    /// <summary>Receipt of a contact acknowledged to the referrer, within 1 working day.</summary>
    public Timescale ReferrerAcknowledgement { get; }

    /// <summary>A strategy discussion, held as soon as possible after the decision that there is reasonable cause to suspect significant harm (local: 1 working day).</summary>
    public Timescale StrategyDiscussion { get; }

    /// <summary>A child and family assessment, completed within 45 working days of the referral.</summary>
    public Timescale ChildAndFamilyAssessment { get; }

    /// <summary>An initial child protection conference, within 15 working days of the strategy discussion that started the section 47 enquiry.</summary>
    public Timescale InitialChildProtectionConference { get; }

    /// <summary>The first core group meeting, within 10 working days of the initial conference.</summary>
    public Timescale FirstCoreGroup { get; }

    /// <summary>Later core group meetings (local: every 6 weeks).</summary>
    public Timescale CoreGroup { get; }

    /// <summary>The first review conference, within 3 months of the initial conference.</summary>
    public Timescale FirstChildProtectionReview { get; }

    /// <summary>Later review conferences, at most 6 months apart.</summary>
    public Timescale ChildProtectionReview { get; }

    /// <summary>Visits to a child on a child protection plan (local: every 10 working days).</summary>
    public Timescale ChildProtectionVisit { get; }

    /// <summary>Visits to a child on a child in need plan (local: every 20 working days).</summary>
    public Timescale ChildInNeedVisit { get; }

    /// <summary>Reviews of a child in need plan (local: every 3 months).</summary>
    public Timescale ChildInNeedPlanReview { get; }

    /// <summary>Every timescale in the catalogue.</summary>
    public IReadOnlyList<Timescale> All { get; }

    /// <summary>The timescale with the given key.</summary>
    public Timescale Get(string key) =>
        _byKey.TryGetValue(key, out var timescale)
            ? timescale
            : throw new KeyNotFoundException($"There is no timescale '{key}'. Known timescales: {string.Join(", ", _byKey.Keys)}.");

    private static Timescale Apply(Timescale timescale, TimescaleOverride change)
    {
        var changed = timescale;
        if (change.Kind is not null || change.Amount is not null)
        {
            changed = changed.WithRule(DueRule.Create(change.Kind ?? timescale.Rule.Kind, change.Amount ?? timescale.Rule.Amount));
        }

        if (change.DueSoonWithin is { } dueSoonWithin)
        {
            changed = changed.WithDueSoonWithin(dueSoonWithin);
        }

        return changed;
    }
}
