using Hearth.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks;

/// <summary>
/// A migrated database filled once for a benchmark and kept for the next run: a SQLite file in the temp folder,
/// or a PostgreSQL database when <c>HEARTH_BENCH_POSTGRES</c> names a server.
/// </summary>
public static class BenchmarkDatabase
{
    private const int BatchSize = 5_000;

    /// <param name="populate">Adds rows <c>start</c> to <c>start + count - 1</c> to the context.</param>
    public static HearthDatabaseSettings Prepare(string name, int rows, Action<HearthDbContext, int, int> populate)
    {
        ArgumentNullException.ThrowIfNull(populate);
        var postgres = Environment.GetEnvironmentVariable("HEARTH_BENCH_POSTGRES");
        var settings = postgres is { Length: > 0 }
            ? new HearthDatabaseSettings(DatabaseProvider.Postgres, new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = $"bench_{name.Replace('-', '_')}" }.ToString())
            : new HearthDatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetTempPath(), $"hearth-bench-{name}.db") }.ToString());

        using (var db = new HearthDbContext(HearthDbContextOptions.Create(settings)))
        {
            HearthDatabase.MigrateAsync(db).GetAwaiter().GetResult();
            if (db.Set<Hearth.Domain.Children.Child>().Any())
            {
                return settings;
            }
        }

        for (var done = 0; done < rows; done += BatchSize)
        {
            using var db = new HearthDbContext(HearthDbContextOptions.Create(settings));
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            populate(db, done, Math.Min(BatchSize, rows - done));
            db.SaveChanges();
        }

        using (var db = new HearthDbContext(HearthDbContextOptions.Create(settings)))
        {
            db.Database.ExecuteSqlRaw("ANALYZE;");
        }

        return settings;
    }
}
