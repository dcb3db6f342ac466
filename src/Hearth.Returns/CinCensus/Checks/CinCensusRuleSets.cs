namespace Hearth.Returns.CinCensus.Checks;

/// <summary>Which rules check which collection year.</summary>
public static class CinCensusRuleSets
{
    /// <summary>
    /// The rule set for a year. The DfE made no change to the CIN census rules between 2024-25 and 2025-26 (the
    /// same 109 codes and logic), so both years use <see cref="CinCensusRules2025To26"/> with their own dates.
    /// </summary>
    public static CinCensusRuleSet For(CinCollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year == CinCollectionYear.Year2025To26 || year == CinCollectionYear.Year2024To25)
        {
            return new CinCensusRules2025To26(year);
        }

        throw new ArgumentOutOfRangeException(nameof(year), year, $"There are no CIN census rules for {year.Label}.");
    }
}
