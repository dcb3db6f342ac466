namespace Hearth.Data.Chronology;

/// <summary>
/// One kind of record's events in a child's chronology. Every non-abstract implementation in this assembly is
/// found by <see cref="ChildChronology"/>, so a new journey adds its events by adding a source.
/// </summary>
public interface IChronologySource
{
    Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(HearthDbContext db, Guid childId, CancellationToken cancellationToken);
}
