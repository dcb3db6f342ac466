using Hearth.Data;
using Hearth.Returns;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.TestSupport.Database;

namespace Hearth.Simulation.Tests;

public class SimulatedCensusTests
{
    /// <summary>
    /// A simulated local authority's census is as clean as a well-kept real one: the only errors are the recording
    /// errors the simulator makes on purpose (and the odd one its timings make), and the queries are few. A simulator
    /// that closed episodes before their work was done, shared UPNs or left disabilities unrecorded failed this with
    /// more errors than children.
    /// </summary>
    [Fact]
    public async Task CensusOfASimulatedAuthority_HasAlmostNoErrorsAndFewQueries()
    {
        var settings = new SimulationSettings(SimulationPreset.Small.Scaled(0.5), 2, 9, new DateOnly(2026, 3, 31)) { FamiliesPerBatch = 500 };
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await SimulationLoader.LoadAsync(new Simulator(settings), db);
        using var file = new MemoryStream();

        var built = await CinCensusReturn.WriteAsync(db, CinCollectionYear.Year2025To26, LocalAuthorityCode.Demo, settings.Now, file);

        built.Children.ShouldBeGreaterThan(300);
        var issues = built.Check.Issues;
        var errors = issues.Where(i => i.Severity == CinIssueSeverity.Error).ToList();
        errors.Count.ShouldBeLessThanOrEqualTo(built.Children / 500, string.Join("\n", errors.Take(20)));
        var queries = issues.Where(i => i.Severity == CinIssueSeverity.Query && i.RuleCode != "8825Q").ToList();
        queries.Count.ShouldBeLessThan(built.Children / 10, string.Join("\n", queries.GroupBy(q => q.RuleCode).Select(g => $"{g.Key}: {g.Count()}")));
    }
}
