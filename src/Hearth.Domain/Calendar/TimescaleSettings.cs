namespace Hearth.Domain.Calendar;

/// <summary>
/// A local authority's own standards, bound from configuration: its working hours and, for any timescale
/// it sets differently from the guidance, the rule or due-soon window it uses instead. Anything not set
/// keeps the default in <see cref="Timescales"/>.
/// </summary>
public sealed record TimescaleSettings
{
    /// <summary>When the working day opens, Europe/London local time. Default 09:00.</summary>
    public TimeOnly WorkingDayOpens { get; init; } = WorkingHours.Standard.Opens;

    /// <summary>When the working day closes, Europe/London local time. Default 17:00.</summary>
    public TimeOnly WorkingDayCloses { get; init; } = WorkingHours.Standard.Closes;

    /// <summary>Changes to individual timescales, keyed by <see cref="Timescale.Key"/> (for example "ContactDecision").</summary>
    public IReadOnlyDictionary<string, TimescaleOverride> Overrides { get; init; } = new Dictionary<string, TimescaleOverride>();
}

/// <summary>A local change to one timescale. Each part left null keeps the default.</summary>
public sealed record TimescaleOverride
{
    /// <summary>How the rule counts, if not as the guidance does.</summary>
    public DueRuleKind? Kind { get; init; }

    /// <summary>How many days, months or hours, if not as the guidance says.</summary>
    public int? Amount { get; init; }

    /// <summary>The due-soon window, in the rule's days.</summary>
    public int? DueSoonWithin { get; init; }
}
