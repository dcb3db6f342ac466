using BenchmarkDotNet.Attributes;
using Hearth.Benchmarks.Simulation;
using Hearth.Data;
using Hearth.Data.FrontDoor;
using Hearth.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks.FrontDoor;

/// <summary>
/// The front door queue on a simulated authority: every contact awaiting a decision among all the contacts of the
/// years simulated, with each one's decision clock, as the queue page reads them.
/// Run: <c>dotnet run -c Release --project bench/Hearth.Benchmarks -- --filter *FrontDoorQueue*</c>.
/// </summary>
[MemoryDiagnoser]
public class FrontDoorQueueBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private HearthDatabaseSettings _settings = null!;

    [GlobalSetup]
    public void Setup() => _settings = SimulatedDatabase.Prepare();

    [Benchmark(Description = "front door queue")]
    public async Task<int> Queue()
    {
        await using var db = new HearthDbContext(HearthDbContextOptions.Create(_settings));
        var contacts = await db.AwaitingDecision().AsNoTracking().ToListAsync();
        return contacts.Count(c => c.DecisionClock(Timescales.Standard, Now).IsLate);
    }
}
