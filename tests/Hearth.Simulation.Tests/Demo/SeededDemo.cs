using Hearth.Data;
using Hearth.Simulation.Demo;
using Hearth.TestSupport.Database;

namespace Hearth.Simulation.Tests.Demo;

/// <summary>The demo local authority, seeded once on SQLite for the tests that read its work lists.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public static readonly DateOnly Day = new(2026, 11, 2);
    public static readonly DateTimeOffset Instant = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The demo has not been seeded");

    public DemoSeedResult Result { get; private set; } = DemoSeedResult.AlreadyHasData;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = _database.CreateContext();
        Result = await DemoLocalAuthority.SeedAsync(context, Day, Instant);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
