using System.Text;
using Hearth.Returns.CinCensus;
using Hearth.TestSupport;

namespace Hearth.Returns.Tests.CinCensus;

public class CinCensusSchemasTests
{
    [Fact]
    public async Task For_ReadersOnManyThreadsAtOnce_EachReportsOnlyItsOwnFilesProblem()
    {
        var text = await File.ReadAllTextAsync(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var bad = Encoding.UTF8.GetBytes(text.Replace("<Sex>F</Sex>", "<Sex>Q</Sex>", StringComparison.Ordinal));

        var problems = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() =>
            CinCensusReader.ReadAll(new MemoryStream(bad), CinCollectionYear.Year2025To26).Problems.Select(p => p.Element).ToList())));

        problems.ShouldAllBe(p => p.Count == 1 && p[0] == "Sex");
    }
}
