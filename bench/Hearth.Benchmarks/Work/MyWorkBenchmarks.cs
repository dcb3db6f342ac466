using BenchmarkDotNet.Attributes;
using Hearth.Benchmarks.Simulation;
using Hearth.Data;
using Hearth.Data.Work;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks.Work;

/// <summary>
/// My work and Team work on a simulated authority: the busiest worker's list, and the list of the team with the most
/// open cases, through the same <see cref="WorkerWork"/> calls the pages make.
/// Run: <c>dotnet run -c Release --project bench/Hearth.Benchmarks -- --filter *MyWork*</c>.
/// </summary>
[MemoryDiagnoser]
public class MyWorkBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private HearthDatabaseSettings _settings = null!;
    private Guid[] _worker = [];
    private Guid[] _team = [];

    [GlobalSetup]
    public void Setup()
    {
        _settings = SimulatedDatabase.Prepare();
        using var db = new HearthDbContext(HearthDbContextOptions.Create(_settings));
        var open = db.Set<Allocation>().AsNoTracking().Where(a => a.EndDate == null);
        _worker = [open.GroupBy(a => a.WorkerId).OrderByDescending(g => g.Count()).Select(g => g.Key).First()];
        var team = open.GroupBy(a => a.TeamId).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        _team = [.. db.Set<Worker>().Where(w => w.TeamId == team).Select(w => w.Id)];
    }

    [Benchmark(Description = "My work (busiest worker)")]
    public Task<int> MyWork() => Open(_worker);

    [Benchmark(Description = "Team work (busiest team)")]
    public Task<int> TeamWork() => Open(_team);

    private async Task<int> Open(Guid[] workers)
    {
        await using var db = new HearthDbContext(HearthDbContextOptions.Create(_settings));
        var allocated = await WorkerWork.AllocatedChildrenAsync(db, workers, WorkingCalendar.LocalDate(Now));
        return (await WorkerWork.OpenAsync(db, allocated, workers, Now, Timescales.Standard)).Count + allocated.Count;
    }
}
