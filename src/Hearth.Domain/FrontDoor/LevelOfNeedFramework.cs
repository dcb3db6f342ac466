namespace Hearth.Domain.FrontDoor;

/// <summary>
/// The local authority's level-of-need framework: what it calls each level and how it describes it (Working
/// Together to Safeguard Children 2023: the safeguarding partners publish local criteria for action). The four
/// levels are fixed because the rules on outcomes rely on them; their names and descriptions are local.
/// </summary>
public sealed record LevelOfNeedFramework
{
    public LevelOfNeedDefinition Universal { get; init; } = new()
    {
        Name = "Universal",
        Description = "Below the threshold for early help or social care: needs met by universal services such as schools and GPs",
    };

    public LevelOfNeedDefinition EarlyHelp { get; init; } = new()
    {
        Name = "Early help",
        Description = "Additional needs best met by coordinated early help with the family's agreement",
    };

    public LevelOfNeedDefinition ChildInNeed { get; init; } = new()
    {
        Name = "Child in need",
        Description = "Complex needs: the child is unlikely to achieve a reasonable standard of health or development without services (Children Act 1989, section 17)",
    };

    public LevelOfNeedDefinition ChildProtection { get; init; } = new()
    {
        Name = "Child protection",
        Description = "Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm (Children Act 1989, section 47)",
    };

    /// <summary>The local name and description of a level.</summary>
    public LevelOfNeedDefinition Describe(LevelOfNeed level) => level switch
    {
        LevelOfNeed.Universal => Universal,
        LevelOfNeed.EarlyHelp => EarlyHelp,
        LevelOfNeed.ChildInNeed => ChildInNeed,
        LevelOfNeed.ChildProtection => ChildProtection,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of need."),
    };
}

/// <summary>What a local authority calls one level of need, and how it describes it.</summary>
public sealed record LevelOfNeedDefinition
{
    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;
}
