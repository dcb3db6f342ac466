using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hearth.Data.Bulk;

/// <summary>How a bulk load treats the database's secondary indexes and foreign keys.</summary>
public enum BulkLoadIndexes
{
    /// <summary>Kept up to date row by row: right for adding to a database already in use.</summary>
    Maintain,

    /// <summary>
    /// Dropped when the load begins and built again, all at once, before it commits, as pg_restore does: right for
    /// filling an empty database, where checking each foreign key and updating each index row by row costs several
    /// times the writing. Building them again checks every foreign key and unique index over all the rows, so
    /// nothing is saved that an ordinary save would refuse.
    /// </summary>
    Rebuild,
}

/// <summary>
/// One bulk load: new records saved batch by batch, with everything an ordinary save does (the change records their
/// domain methods made, the children's search words), all in one transaction, so a load that fails or is stopped
/// leaves the database as it was. On PostgreSQL the rows go in by binary COPY, table by table in foreign-key order;
/// on SQLite by ordinary saves, which SQLite does quickly enough. The columns come from the EF Core model, so a new
/// table needs nothing here.
/// </summary>
public sealed class BulkLoad : IAsyncDisposable
{
    private readonly HearthDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly IReadOnlyList<string> _rebuild;
    private bool _completed;

    private BulkLoad(HearthDbContext db, IDbContextTransaction transaction, IReadOnlyList<string> rebuild)
    {
        _db = db;
        _transaction = transaction;
        _rebuild = rebuild;
    }

    /// <summary>How many rows this load has written so far.</summary>
    public int RowsWritten { get; private set; }

    public static async Task<BulkLoad> BeginAsync(HearthDbContext db, BulkLoadIndexes indexes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rebuild = indexes == BulkLoadIndexes.Rebuild && db.Database.IsNpgsql()
            ? await DropIndexesAndForeignKeysAsync(db, cancellationToken)
            : [];
        return new BulkLoad(db, transaction, rebuild);
    }

    /// <summary>Saves the new entities (and the records they own or lead to) in this load's transaction.</summary>
    public async Task<int> InsertAsync(IEnumerable<object> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ObjectDisposedException.ThrowIf(_completed, this);
        int written;
        if (_db.Database.IsNpgsql())
        {
            var rows = new BulkRows(_db.Model);
            foreach (var entity in entities)
            {
                rows.Add(entity);
            }

            written = await CopyAsync(rows, cancellationToken);
        }
        else
        {
            written = await SaveAsync(entities, cancellationToken);
        }

        RowsWritten += written;
        return written;
    }

    /// <summary>Builds again any indexes and foreign keys the load dropped, then commits everything.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        foreach (var statement in _rebuild)
        {
            await _db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            await _transaction.RollbackAsync();
        }

        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }

    private async Task<int> SaveAsync(IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var detectChanges = _db.ChangeTracker.AutoDetectChangesEnabled;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entity in entities)
            {
                _db.Add(entity);
            }

            return await _db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _db.ChangeTracker.Clear();
            _db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private async Task<int> CopyAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)_db.Database.GetDbConnection();
        foreach (var table in InForeignKeyOrder(rows.Tables.Keys))
        {
            var columns = BulkRows.Columns(table);
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            var types = columns.Select(c => BaseType(c.StoreType)).ToArray();
            await using var importer = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows.Tables[table])
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    // An optional owned value (a relative with no contact address) leaves its columns out of the row: they are null.
                    if (row[i] is { } value)
                    {
                        await importer.WriteAsync(value, types[i], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        return rows.Count;
    }

    /// <summary>
    /// Drops the secondary indexes and foreign keys of Hearth's tables inside the load's transaction, and returns
    /// the statements that build them again: indexes first, so the foreign keys are checked against them.
    /// </summary>
    private static async Task<IReadOnlyList<string>> DropIndexesAndForeignKeysAsync(HearthDbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToArray();
        var foreignKeys = await ReadAsync(
            db,
            """
            SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@tables)
            ORDER BY 1
            """,
            tables,
            cancellationToken);
        var indexes = await ReadAsync(
            db,
            """
            SELECT format('DROP INDEX %I', i.indexname), i.indexdef
            FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
            ORDER BY 1
            """,
            tables,
            cancellationToken);
        foreach (var (drop, _) in foreignKeys.Concat(indexes))
        {
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }

        return ["SET LOCAL maintenance_work_mem = '256MB'", .. indexes.Select(i => i.Create), .. foreignKeys.Select(f => f.Create)];
    }

    private static async Task<List<(string Drop, string Create)>> ReadAsync(HearthDbContext db, string sql, string[] tables, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.Parameters.Add(new NpgsqlParameter("tables", tables));
        var statements = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statements.Add((reader.GetString(0), reader.GetString(1)));
        }

        return statements;
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
