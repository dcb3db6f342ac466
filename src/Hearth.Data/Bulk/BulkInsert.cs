using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Hearth.Data.Bulk;

/// <summary>
/// Saves large numbers of new records fast, with everything an ordinary save does: the change records their
/// domain methods made and the children's search words. On PostgreSQL the rows go in by binary COPY, table by table
/// in foreign-key order, in one transaction; on SQLite by an ordinary save in one transaction, which SQLite does
/// quickly enough. The columns come from the EF Core model, so a new table needs nothing here.
/// </summary>
public static class BulkInsert
{
    /// <summary>Inserts the new entities (and the records they own) and returns how many rows were written.</summary>
    public static async Task<int> InsertAsync(HearthDbContext db, IEnumerable<object> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entities);
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entity in entities)
            {
                db.Add(entity);
            }

            if (!db.Database.IsNpgsql())
            {
                return await db.SaveChangesAsync(cancellationToken);
            }

            await db.PrepareAsync(async: true, cancellationToken);
            return await CopyAsync(db, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static async Task<int> CopyAsync(HearthDbContext db, CancellationToken cancellationToken)
    {
        var rows = Rows(db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added));
        var written = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var table in InForeignKeyOrder(rows.Keys))
            {
                var columns = table.Columns.ToList();
                var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
                await using var importer = await connection.BeginBinaryImportAsync(
                    $"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
                var types = columns.Select(c => BaseType(c.StoreType)).ToArray();
                foreach (var row in rows[table].Values)
                {
                    await importer.StartRowAsync(cancellationToken);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        // An optional owned value (a relative with no contact address) leaves its columns out of the row: they are null.
                        if (row.GetValueOrDefault(columns[i]) is { } value)
                        {
                            await importer.WriteAsync(value, types[i], cancellationToken);
                        }
                        else
                        {
                            await importer.WriteNullAsync(cancellationToken);
                        }
                    }

                    written++;
                }

                await importer.CompleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return written;
    }

    /// <summary>
    /// Each table's rows, keyed by primary key: an owned type that shares its owner's table (a child's name) fills
    /// in the same row as its owner.
    /// </summary>
    private static Dictionary<ITable, Dictionary<string, Dictionary<IColumn, object?>>> Rows(IEnumerable<EntityEntry> entries)
    {
        var rows = new Dictionary<ITable, Dictionary<string, Dictionary<IColumn, object?>>>();
        foreach (var entry in entries)
        {
            var key = string.Join('|', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p).CurrentValue));
            foreach (var mapping in entry.Metadata.GetTableMappings())
            {
                if (!rows.TryGetValue(mapping.Table, out var tableRows))
                {
                    rows[mapping.Table] = tableRows = [];
                }

                if (!tableRows.TryGetValue(key, out var row))
                {
                    tableRows[key] = row = [];
                }

                foreach (var column in mapping.ColumnMappings)
                {
                    var value = entry.Property(column.Property).CurrentValue;
                    row[column.Column] = value is null ? null : column.TypeMapping.Converter?.ConvertToProvider(value) ?? value;
                }
            }
        }

        return rows;
    }

    private static List<ITable> InForeignKeyOrder(IEnumerable<ITable> tables)
    {
        var pending = tables.ToList();
        var ordered = new List<ITable>();
        while (pending.Count > 0)
        {
            var ready = pending
                .Where(t => !t.ForeignKeyConstraints.Any(fk => fk.PrincipalTable != t && pending.Contains(fk.PrincipalTable)))
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The tables {string.Join(", ", pending.Select(t => t.Name))} refer to one another in a cycle.");
            }

            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    private static string BaseType(string storeType) =>
        storeType.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? storeType[..open] : storeType;
}
