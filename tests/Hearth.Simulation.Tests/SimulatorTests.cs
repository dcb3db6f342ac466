using Xunit.Abstractions;

namespace Hearth.Simulation.Tests;

public class SimulatorTests(ITestOutputHelper output)
{
    internal static readonly DateOnly Today = new(2026, 11, 2);

    [Fact]
    public void Generate_MidSizedRun_PrintsTally()
    {
        var settings = new SimulationSettings(SimulationPreset.Small.Scaled(2), 3, 7, Today);
        var simulator = new Simulator(settings);
        var tally = new SimulationTally();
        tally.Add(simulator.Workforce().Tally);
        foreach (var batch in simulator.FamilyBatches())
        {
            tally.Add(batch.Tally);
        }

        foreach (var p in typeof(SimulationTally).GetProperties())
        {
            output.WriteLine($"{p.Name}: {p.GetValue(tally)}");
        }

        foreach (var (k, v) in tally.ChildProtectionPlansByCategory)
        {
            output.WriteLine($"  {k}: {v}");
        }

        tally.Referrals.ShouldBeGreaterThan(0);
    }
}
