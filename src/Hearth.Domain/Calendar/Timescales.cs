namespace Hearth.Domain.Calendar;

/// <summary>
/// The catalogue of named timescales, with the defaults from law and guidance overridden by a local
/// authority's <see cref="TimescaleSettings"/>. Hosts build one from configuration and share it; every
/// due date in Hearth comes from one of these timescales.
/// </summary>
public sealed class Timescales
{
    private static readonly Lazy<Timescales> s_standard = new(() => new Timescales(new TimescaleSettings()));

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
                "Working Together to Safeguard Children 2023 (statutory guidance), on referrals to local authority children's social care: "
                    + "within one working day of a referral being received, a local authority social worker should acknowledge receipt to the referrer "
                    + "and make a decision about the next steps and the type of response required.",
                calendar,
                dueSoonWithin: 1),
            new Timescale(
                nameof(ChildAndFamilyAssessment),
                "Child and family assessment",
                "Referral received",
                DueRule.WorkingDays(45),
                "Assessment completed and authorised",
                "Working Together to Safeguard Children 2023 (statutory guidance), on assessments under the Children Act 1989: "
                    + "the maximum timeframe for the assessment to conclude should be no longer than 45 working days from the point of referral. "
                    + "The children in need census measures it from the referral date to the assessment authorisation date.",
                calendar,
                dueSoonWithin: 5),
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
        ChildAndFamilyAssessment = _byKey[nameof(ChildAndFamilyAssessment)];
    }

    /// <summary>The timescales as law and guidance set them, with a 09:00 to 17:00 working day.</summary>
    public static Timescales Standard => s_standard.Value;

    /// <summary>A decision on the type of response to a contact, within 1 working day of its receipt.</summary>
    public Timescale ContactDecision { get; }

    /// <summary>A child and family assessment, completed within 45 working days of the referral.</summary>
    public Timescale ChildAndFamilyAssessment { get; }

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
