using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;

namespace Hearth.Simulation.Tests.Stages;

[Collection(SmallRun.Collection)]
public class OversightStageTests(SmallRun run)
{
    private static Rates Rates => SimulationPreset.Small.Rates;

    [Fact]
    public void Generate_ChildOnAChildProtectionPlan_OverseenAboutAsOftenAsTheRatesSay()
    {
        var byChild = run.Records.OfType<ManagementOversight>().ToLookup(o => o.ChildId);
        var gaps = new List<int>();

        foreach (var plan in run.Records.OfType<ChildProtectionPlan>())
        {
            var end = plan.EndDate ?? run.Settings.Today;
            var dates = byChild[plan.ChildId].Select(o => o.OversightDate).Where(d => d >= plan.StartDate && d < end).Order().ToList();
            gaps.AddRange(dates.Zip(dates.Skip(1), (a, b) => b.DayNumber - a.DayNumber));
        }

        gaps.Count.ShouldBeGreaterThan(50);
        gaps.Order().ElementAt(gaps.Count / 2).ShouldBeInRange(Rates.OversightEveryDays - 5, Rates.OversightEveryDays + 5);
    }

    [Fact]
    public void Generate_Oversight_RecordedByATeamManagerWithAnActionForTheChildsAllocatedWorker()
    {
        var managers = run.Records.OfType<Worker>().Where(w => w.Role == Role.TeamManager).Select(w => w.FullName).ToHashSet(StringComparer.Ordinal);
        var allocations = run.Records.OfType<Allocation>().ToLookup(a => a.ChildId);
        var oversights = run.Records.OfType<ManagementOversight>().ToList();

        oversights.ShouldNotBeEmpty();
        oversights.ShouldAllBe(o => managers.Contains(o.ManagerName));
        oversights.ShouldAllBe(o => o.Actions.Count == 1
            && allocations[o.ChildId].Any(a => a.WorkerId == o.Actions[0].WorkerId && a.IsCurrentOn(o.OversightDate)));
    }

    [Fact]
    public void Generate_OversightActionsDueTwoMonthsAgoOrMore_LateAtTheImperfectionRateWithinThirtyPercent()
    {
        var settled = run.Records.OfType<ManagementOversight>().SelectMany(o => o.Actions).Where(a => a.DueDate < run.Settings.Today.AddDays(-60)).ToList();

        var late = settled.Count(a => (a.CompletedOn ?? run.Settings.Today) > a.DueDate) / (double)settled.Count;

        late.ShouldBeInRange(Rates.Imperfections.LateOversightActions * 0.7, Rates.Imperfections.LateOversightActions * 1.3);
    }
}

/// <summary>A small run's records, generated (not saved) once for the stage tests.</summary>
public sealed class SmallRun
{
    public const string Collection = "Small run";
    public SmallRun()
    {
        Settings = new SimulationSettings(SimulationPreset.Small.Scaled(0.3), 2, 5, SimulatorTests.Today);
        var simulator = new Simulator(Settings);
        var workforce = simulator.Workforce();
        var records = new List<object>(workforce.Records);
        Tally.Add(workforce.Tally);
        foreach (var batch in simulator.FamilyBatches())
        {
            records.AddRange(batch.Records);
            Tally.Add(batch.Tally);
        }

        Records = records;
    }

    public SimulationSettings Settings { get; }

    public SimulationTally Tally { get; } = new();

    public IReadOnlyList<object> Records { get; }
}

[CollectionDefinition(SmallRun.Collection)]
public sealed class SmallRunShared : ICollectionFixture<SmallRun>;
