using BenchmarkDotNet.Attributes;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;

namespace Hearth.Benchmarks.Returns;

/// <summary>
/// Reading and checking a large local authority's CIN census: <see cref="Children"/> children and
/// <see cref="ReferralsInYear"/> referrals in the year (by default 12,000 and 25,000), made up by
/// <see cref="SyntheticCinCensus"/> and held in memory as XML. Reading validates against the 2025-26 schema;
/// checking runs all 109 rules. Run: <c>dotnet run -c Release --project bench/Hearth.Benchmarks -- --filter *CinCensus*</c>.
/// England's volume is measured by <c>bench/Hearth.Benchmarks/Returns/england/run.sh</c> instead.
/// </summary>
[MemoryDiagnoser]
public class CinCensusCheckBenchmarks
{
    private readonly CinCollectionYear _year = CinCollectionYear.Year2025To26;
    private byte[] _xml = [];

    [Params(12_000)]
    public int Children { get; set; }

    [Params(25_000)]
    public int ReferralsInYear { get; set; }

    [GlobalSetup]
    public void Setup() => _xml = SyntheticCinCensus.Xml(_year, Children, ReferralsInYear);

    [Benchmark(Description = "read (schema-validated)")]
    public int Read()
    {
        using var reader = CinCensusReader.Open(new MemoryStream(_xml, writable: false), _year);
        return reader.ReadChildren().Count();
    }

    [Benchmark(Description = "read and check (109 rules)")]
    public int ReadAndCheck()
    {
        using var reader = CinCensusReader.Open(new MemoryStream(_xml, writable: false), _year);
        return CinCensusRuleSets.For(_year).Check(reader).Issues.Count;
    }
}
