namespace Hearth.Simulation;

/// <summary>A size of local authority to simulate: its child population, its rates, and how its children are numbered.</summary>
public sealed record SimulationPreset(string Name, string Description, int ChildPopulation, string LaChildIdPrefix, Rates Rates)
{
    /// <summary>
    /// A small unitary authority like North Somerset (LA 802): about 42,000 children and about 1,500 referrals a year
    /// (about 357 per 10,000, below England's 520).
    /// </summary>
    public static SimulationPreset Small { get; } = new(
        "small",
        "a small unitary authority like North Somerset: about 42,000 children, about 1,500 referrals a year",
        42_000,
        "NS",
        new Rates { ReferralsPerChild = 1_500d / 42_000d, WhiteBritishShare = 0.90 });

    /// <summary>
    /// A large shire county (Kent, Birmingham, Lancashire): child populations of 250 to 350 thousand and 12 to 25
    /// thousand referrals a year (DOMAIN.md, large vs small LA); this preset takes the top, 25,000 a year.
    /// </summary>
    public static SimulationPreset Large { get; } = new(
        "large",
        "a large county like Kent: about 330,000 children, about 25,000 referrals a year",
        330_000,
        "LC",
        new Rates { ReferralsPerChild = 25_000d / 330_000d, WhiteBritishShare = 0.70 });

    /// <summary>England's national volume: about 12.2 million children and about 633,000 referrals a year (CIN census 2024-25).</summary>
    public static SimulationPreset England { get; } = new(
        "england",
        "the whole of England: about 12.2 million children, about 633,000 referrals a year",
        12_200_000,
        "EN",
        new Rates());

    public static IReadOnlyList<SimulationPreset> All { get; } = [Small, Large, England];

    /// <summary>The referrals a year this preset is calibrated to.</summary>
    public double ReferralsPerYear => ChildPopulation * Rates.ReferralsPerChild;

    public static SimulationPreset? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A smaller or larger copy with the same rates, for tests and quick demos.</summary>
    public SimulationPreset Scaled(double factor) => this with { ChildPopulation = (int)Math.Max(100, ChildPopulation * factor) };
}

/// <summary>What to simulate: a preset, how many years of history up to <see cref="Today"/>, and the seed that fixes every choice.</summary>
public sealed record SimulationSettings(SimulationPreset Preset, int Years, int Seed, DateOnly Today)
{
    public const int DefaultYears = 5;

    /// <summary>Families generated and saved together; memory stays flat whatever the preset.</summary>
    public int FamiliesPerBatch { get; init; } = 2_000;

    /// <summary>The first day of simulated history.</summary>
    public DateOnly Start => Today.AddYears(-Years);

    /// <summary>The moment the simulation stops: the end of the working day before <see cref="Today"/> ends, so nothing is in the future.</summary>
    public DateTimeOffset Now => new(Today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
}
