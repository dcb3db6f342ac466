using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Simulation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks.Simulation;

/// <summary>
/// A database holding a simulated local authority, made once and kept between runs: PostgreSQL when
/// <c>HEARTH_BENCH_POSTGRES</c> names a server (preset <c>large</c> unless <c>HEARTH_BENCH_PRESET</c> says otherwise),
/// otherwise a SQLite file in the temp folder (preset <c>small</c> by default). A connection string that names a
/// database other than <c>postgres</c> is used as it is, so a database filled by <c>hearth simulate</c> can be measured.
/// </summary>
public static class SimulatedDatabase
{
    public static readonly DateOnly Today = new(2026, 11, 2);

    public const int Years = 5;

    public const int Seed = 7;

    public static HearthDatabaseSettings Prepare()
    {
        var postgres = Environment.GetEnvironmentVariable("HEARTH_BENCH_POSTGRES");
        var preset = SimulationPreset.Find(Environment.GetEnvironmentVariable("HEARTH_BENCH_PRESET"))
            ?? (postgres is { Length: > 0 } ? SimulationPreset.Large : SimulationPreset.Small);
        var name = $"bench_sim_{preset.Name}_{Years}";
        var settings = postgres is { Length: > 0 }
            ? new HearthDatabaseSettings(DatabaseProvider.Postgres, Named(new Npgsql.NpgsqlConnectionStringBuilder(postgres), name))
            : new HearthDatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetTempPath(), $"hearth-{name}.db") }.ToString());

        using var db = new HearthDbContext(HearthDbContextOptions.Create(settings));
        HearthDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        if (!db.Set<Child>().Any())
        {
            SimulationLoader.LoadAsync(new Simulator(new SimulationSettings(preset, Years, Seed, Today)), db).GetAwaiter().GetResult();
            db.Database.ExecuteSqlRaw("ANALYZE;");
        }

        return settings;
    }

    private static string Named(Npgsql.NpgsqlConnectionStringBuilder builder, string name)
    {
        if (builder.Database is null or "postgres")
        {
            builder.Database = name;
        }

        return builder.ToString();
    }
}
