using Hearth.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hearth.TestSupport.Database;

/// <summary>
/// A real, migrated database of its own for one test: a copy of a migrated SQLite file, or a PostgreSQL
/// database cloned from a migrated template. Dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

    private readonly Func<Task> _drop;

    private TestDatabase(HearthDatabaseSettings settings, Func<Task> drop)
    {
        Settings = settings;
        _drop = drop;
    }

    public HearthDatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>A new database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => await CreateSqliteAsync(await SqliteTemplateAsync()),
        DatabaseProvider.Postgres => await CreatePostgresAsync(await PostgresTemplateAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>A new database with no tables, for migration and schema tests.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => await CreateSqliteAsync(template: null),
        DatabaseProvider.Postgres => await CreatePostgresAsync(template: null),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public HearthDbContext CreateContext() => new(HearthDbContextOptions.Create(Settings));

    public async ValueTask DisposeAsync() => await _drop();

    private static Task<TestDatabase> CreateSqliteAsync(string? template)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hearth-test-{Guid.NewGuid():N}.db");
        if (template is not null)
        {
            File.Copy(template, path);
        }

        var settings = new HearthDatabaseSettings(DatabaseProvider.Sqlite, SqliteConnectionString(path));
        return Task.FromResult(new TestDatabase(settings, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        }));
    }

    private static async Task<TestDatabase> CreatePostgresAsync(string? template)
    {
        var name = $"t_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync(template is null
            ? $"CREATE DATABASE {name}"
            : $"CREATE DATABASE {name} TEMPLATE {template}");
        var settings = new HearthDatabaseSettings(DatabaseProvider.Postgres, PostgresConnectionString(name));
        return new TestDatabase(settings, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var path = Path.Combine(Path.GetTempPath(), $"hearth-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
                var settings = new HearthDatabaseSettings(DatabaseProvider.Sqlite, SqliteConnectionString(path));
                await using (var context = new HearthDbContext(HearthDbContextOptions.Create(settings)))
                {
                    await HearthDatabase.MigrateAsync(context);
                    await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
                }

                SqliteConnection.ClearAllPools();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
                _sqliteTemplate = path;
            }

            return _sqliteTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var name = $"template_{Environment.ProcessId}_{Guid.NewGuid():N}";
                await ExecuteOnServerAsync($"CREATE DATABASE {name}");
                var settings = new HearthDatabaseSettings(DatabaseProvider.Postgres, PostgresConnectionString(name));
                await using (var context = new HearthDbContext(HearthDbContextOptions.Create(settings)))
                {
                    await HearthDatabase.MigrateAsync(context);
                }

                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = name;
            }

            return _postgresTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.RequirePostgres()) { Database = database, Pooling = true, MaxPoolSize = 20 }.ToString();

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.RequirePostgres());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
