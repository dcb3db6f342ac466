using Microsoft.Extensions.Configuration;

namespace Hearth.Data;

/// <summary>
/// Which database Hearth uses, read the same way by the web host and the CLI:
/// <c>Hearth:Database:Provider</c> (<c>Hearth__Database__Provider</c>) is <c>Sqlite</c> or <c>Postgres</c>;
/// <c>ConnectionStrings:Hearth</c> (<c>ConnectionStrings__Hearth</c>) is the connection string.
/// Without a connection string, SQLite uses <c>hearth.db</c> in Hearth's data folder.
/// </summary>
public sealed record HearthDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Hearth";

    public static HearthDatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Hearth:Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Hearth:Database:Provider is '{providerText}'. Use 'Sqlite' (the default) or 'Postgres'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Hearth is set to use PostgreSQL but has no connection string. Set ConnectionStrings__Hearth, " +
                    "for example 'Host=localhost;Database=hearth;Username=hearth;Password=...'.");
            }

            var dataDirectory = configuration["Hearth:DataDirectory"];
            if (string.IsNullOrWhiteSpace(dataDirectory))
            {
                dataDirectory = Path.Combine(
                    Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
                    "Hearth");
            }

            Directory.CreateDirectory(dataDirectory);
            connectionString = $"Data Source={Path.Combine(dataDirectory, "hearth.db")}";
        }

        return new HearthDatabaseSettings(provider, connectionString);
    }

    /// <summary>Where the data lives, safe to show: the SQLite file, or the PostgreSQL host and database.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
            return $"SQLite file {sqlite.DataSource}";
        }

        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
    }
}
