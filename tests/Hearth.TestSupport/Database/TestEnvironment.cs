namespace Hearth.TestSupport.Database;

/// <summary>What the test run has to work with: CI must have everything, a developer's machine may not.</summary>
public static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The throwaway server that scripts/test starts; null when the tests run without it.</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>Run PostgreSQL cases when a server is there, and always under CI so a missing server fails the run.</summary>
    public static bool RunPostgres => PostgresConnectionString is not null || IsCi;

    public static string RequirePostgres() =>
        PostgresConnectionString ?? throw new InvalidOperationException(
            "PostgreSQL tests need the throwaway server: run them with scripts/test (TEST_POSTGRES is not set).");
}
