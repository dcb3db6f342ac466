using Hearth.Domain.Workforce;

namespace Hearth.Simulation.Tests.Stages;

[Collection(SmallRun.Collection)]
public class AllocationsStageTests(SmallRun run)
{
    [Fact]
    public void Generate_SmallRun_SocialWorkersHoldAboutTheAverageCaseloadAndNoneFarAboveTheRest()
    {
        var socialWorkers = run.Records.OfType<Worker>().Where(w => w.Role == Role.SocialWorker).Select(w => w.Id).ToHashSet();
        var today = run.Settings.Today;

        var caseloads = run.Records.OfType<Allocation>()
            .Where(a => a.IsCurrentOn(today) && socialWorkers.Contains(a.WorkerId))
            .GroupBy(a => a.WorkerId)
            .Select(g => g.Select(a => a.ChildId).Distinct().Count())
            .Order()
            .ToList();

        // DOMAIN.md and the DfE children's social work workforce statistics: about 16 to 17 children per social worker.
        var median = caseloads[caseloads.Count / 2];
        median.ShouldBeInRange(SimulationPreset.Small.Rates.Caseload - 3, SimulationPreset.Small.Rates.Caseload + 5);
        caseloads[^1].ShouldBeLessThanOrEqualTo((int)(median * 1.5));
    }
}
