using Hearth.Data.Work;

namespace Hearth.Data.Chronology;

/// <summary>Gathers a child's chronology from every <see cref="IChronologySource"/> in Hearth.</summary>
public static class ChildChronology
{
    private static readonly Lazy<IReadOnlyList<IChronologySource>> s_sources = new(() => WorkList.Discover<IChronologySource>());

    /// <summary>Every chronology source, found once by reflection.</summary>
    public static IReadOnlyList<IChronologySource> Sources => s_sources.Value;

    /// <summary>The child's chronology, oldest first.</summary>
    public static async Task<IReadOnlyList<ChronologyEntry>> ForChildAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = new List<ChronologyEntry>();
        foreach (var source in Sources)
        {
            entries.AddRange(await source.EntriesAsync(db, childId, cancellationToken));
        }

        return [.. entries.OrderBy(e => e.Date).ThenBy(e => e.At ?? DateTimeOffset.MaxValue).ThenBy(e => e.What, StringComparer.Ordinal)];
    }
}
