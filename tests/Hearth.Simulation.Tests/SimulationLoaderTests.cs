using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Data;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Simulation.Tests;

public partial class SimulationLoaderTests
{
    /// <summary>
    /// The bulk loader writes rows from the EF Core model without the change tracker, so it must leave exactly what an
    /// ordinary save leaves: every table, every column, the change records and the search words. Two runs of the
    /// same settings give the same content but other ids, so ids are masked before comparing.
    /// </summary>
    [Theory]
    [DatabaseData]
    public async Task LoadAsync_ABulkLoad_LeavesEveryTableAsAnOrdinarySaveWould(DatabaseProvider provider)
    {
        var settings = new SimulationSettings(SimulationPreset.Small.Scaled(0.05), 2, 5, SimulatorTests.Today) { FamiliesPerBatch = 150 };
        await using var bulk = await TestDatabase.CreateAsync(provider);
        await using var ordinary = await TestDatabase.CreateAsync(provider);

        await using (var db = bulk.CreateContext())
        {
            await SimulationLoader.LoadAsync(new Simulator(settings), db);
        }

        var simulator = new Simulator(settings);
        foreach (var batch in simulator.FamilyBatches().Prepend(simulator.Workforce()))
        {
            await using var db = ordinary.CreateContext();
            db.AddRange(batch.Records);
            await db.SaveChangesAsync();
        }

        await using var bulkDb = bulk.CreateContext();
        await using var ordinaryDb = ordinary.CreateContext();
        var tables = bulkDb.Model.GetRelationalModel().Tables.Select(t => t.Name).Where(t => t != "__EFMigrationsHistory").Order().ToList();
        tables.Count.ShouldBeGreaterThan(30);
        foreach (var table in tables)
        {
            var expected = await RowsAsync(ordinaryDb, table);
            var actual = await RowsAsync(bulkDb, table);
            actual.Count.ShouldBe(expected.Count, $"rows in {table}");
            actual.ShouldBe(expected, $"the rows of {table}");
        }
    }

    private static async Task<List<string>> RowsAsync(HearthDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        var rows = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            rows.Add(Ids().Replace(string.Join(" | ", values), "<id>"));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Ids();
}
