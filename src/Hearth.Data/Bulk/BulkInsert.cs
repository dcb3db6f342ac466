namespace Hearth.Data.Bulk;

/// <summary>Saves one set of new records fast, in one transaction, keeping indexes up to date: a one-batch <see cref="BulkLoad"/>.</summary>
public static class BulkInsert
{
    /// <summary>Inserts the new entities (and the records they own) and returns how many rows were written.</summary>
    public static async Task<int> InsertAsync(HearthDbContext db, IEnumerable<object> entities, CancellationToken cancellationToken = default)
    {
        await using var load = await BulkLoad.BeginAsync(db, BulkLoadIndexes.Maintain, cancellationToken);
        var written = await load.InsertAsync(entities, cancellationToken);
        await load.CompleteAsync(cancellationToken);
        return written;
    }
}
