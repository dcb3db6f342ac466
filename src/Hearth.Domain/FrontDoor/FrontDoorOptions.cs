namespace Hearth.Domain.FrontDoor;

/// <summary>A local authority's front door settings.</summary>
public sealed record FrontDoorOptions
{
    /// <summary>The standard settings: a 7-day window for linking contacts into a chain.</summary>
    public static FrontDoorOptions Default { get; } = new();

    /// <summary>
    /// A new contact about a child received within this many days of an earlier contact for that child which is
    /// still undecided (open, or closed while information is gathered) joins the earlier contact's chain. A local
    /// standard, not national law.
    /// </summary>
    public int LinkWindowDays { get; init; } = 7;

    public TimeSpan LinkWindow => TimeSpan.FromDays(LinkWindowDays);

    /// <summary>The local names and descriptions of the levels of need, from <c>Hearth:FrontDoor:LevelsOfNeed</c>.</summary>
    public LevelOfNeedFramework LevelsOfNeed { get; init; } = new();
}
