using BenchmarkDotNet.Attributes;
using Hearth.Domain.Calendar;

namespace Hearth.Benchmarks.Calendar;

/// <summary>
/// Evaluating every timescale in the catalogue for a large authority's open caseload: <see cref="Cases"/> cases
/// (a <c>large</c> preset has about 11,000 open at a time) against each of the catalogue's clocks, half met, half running.
/// Run: <c>dotnet run -c Release --project bench/Hearth.Benchmarks -- --filter *Timescale*</c>.
/// </summary>
[MemoryDiagnoser]
public class TimescaleBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private Timescale[] _timescales = [];
    private (DateOnly Start, DateOnly? Met)[] _cases = [];

    [Params(25_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _timescales = [.. typeof(Timescales).GetProperties().Where(p => p.PropertyType == typeof(Timescale)).Select(p => (Timescale)p.GetValue(Timescales.Standard)!)];
        var random = new Random(7);
        _cases = [.. Enumerable.Range(0, Cases).Select(_ =>
        {
            var start = Today.AddDays(-random.Next(0, 400));
            return (start, random.Next(2) == 0 ? start.AddDays(random.Next(0, 90)) : (DateOnly?)null);
        })];
    }

    [Benchmark(Description = "every timescale, for every case")]
    public int EveryTimescale()
    {
        var late = 0;
        foreach (var timescale in _timescales)
        {
            foreach (var (start, met) in _cases)
            {
                var evaluation = timescale.Rule.CountsFromTime
                    ? timescale.Evaluate(At(start), met <= Today ? At(met.Value) : null, Now)
                    : timescale.Evaluate(start, met <= Today ? met : null, Today);
                late += evaluation.IsLate ? 1 : 0;
            }
        }

        return late;
    }

    [Benchmark(Description = "contact decision clock, to the hour")]
    public int ContactDecisionByTime()
    {
        var late = 0;
        var timescale = Timescales.Standard.ContactDecision;
        foreach (var (start, _) in _cases)
        {
            late += timescale.Evaluate(At(start), null, Now).IsLate ? 1 : 0;
        }

        return late;
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
}
