using System.Diagnostics;
using System.Threading.Channels;
using Hearth.Data;
using Hearth.Data.Bulk;

namespace Hearth.Simulation;

/// <summary>Where a simulation has got to: a stage (or "Saving") and how many of its families are done.</summary>
public sealed record SimulationProgress(string Stage, int Done, int Total);

/// <summary>What a simulation saved, and how long it took.</summary>
public sealed record SimulationResult(SimulationTally Tally, int RowsWritten, TimeSpan Elapsed);

/// <summary>
/// Saves a simulation batch by batch through one bulk load (binary COPY on PostgreSQL, with the indexes and foreign
/// keys built once at the end; ordinary saves on SQLite) while the next batch is generated on another thread, so
/// memory stays flat and both cores work. It is all or nothing: a simulation that fails or is stopped saves nothing.
/// </summary>
public static class SimulationLoader
{
    public const string SavingStage = "Saving";

    /// <summary>The last stage: building the indexes and checking the foreign keys over everything saved.</summary>
    public const string IndexingStage = "Indexing";

    public static async Task<SimulationResult> LoadAsync(
        Simulator simulator,
        HearthDbContext db,
        IProgress<SimulationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(db);
        var clock = Stopwatch.StartNew();
        var tally = new SimulationTally();
        var done = new Dictionary<string, int>(StringComparer.Ordinal);

        await using var load = await BulkLoad.BeginAsync(db, BulkLoadIndexes.Rebuild, cancellationToken);
        var workforce = simulator.Workforce();
        progress?.Report(new SimulationProgress("Workforce", 1, 1));
        await load.InsertAsync(workforce.Records, cancellationToken);
        tally.Add(workforce.Tally);

        var batches = Channel.CreateBounded<SimulationBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in simulator.FamilyBatches((stage, families) =>
                    {
                        done[stage] = done.GetValueOrDefault(stage) + families;
                        progress?.Report(new SimulationProgress(stage, done[stage], simulator.Families));
                    }))
                    {
                        await batches.Writer.WriteAsync(batch, cancellationToken);
                    }

                    batches.Writer.Complete();
                }
                catch (Exception exception)
                {
                    batches.Writer.Complete(exception);
                }
            },
            cancellationToken);

        var saved = 0;
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            await load.InsertAsync(batch.Records, cancellationToken);
            tally.Add(batch.Tally);
            saved += batch.Families;
            progress?.Report(new SimulationProgress(SavingStage, saved, simulator.Families));
        }

        await producer;
        progress?.Report(new SimulationProgress(IndexingStage, 0, 1));
        await load.CompleteAsync(cancellationToken);
        progress?.Report(new SimulationProgress(IndexingStage, 1, 1));
        return new SimulationResult(tally, load.RowsWritten, clock.Elapsed);
    }
}
