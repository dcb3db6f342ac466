namespace Hearth.Data;

/// <summary>The database engines Hearth runs on. SQLite is the embedded default; PostgreSQL is production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
