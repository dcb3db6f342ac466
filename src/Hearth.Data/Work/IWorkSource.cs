namespace Hearth.Data.Work;

/// <summary>
/// One kind of record's open work. Every non-abstract implementation in this assembly is found by
/// <see cref="WorkList"/>, so a new journey adds its work by adding a source.
/// </summary>
public interface IWorkSource
{
    /// <summary>The open work (not yet met) on the children in <paramref name="query"/>, evaluated at its instant.</summary>
    Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken);
}
