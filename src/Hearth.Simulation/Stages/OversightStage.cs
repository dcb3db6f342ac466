using Hearth.Domain.Audit;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Team managers' oversight of the children their teams hold: a first direction soon after a child is allocated for
/// an assessment, then about monthly while the child is on a child protection or child in need plan, each setting an
/// action for the allocated worker by a date. Most actions are done by then; some late. No oversight is recorded
/// while the team's manager post is vacant.
/// </summary>
internal sealed class OversightStage(SimulationSettings settings, WorkforceStage workforce) : IFamilyStage
{
    private static readonly string[] Directions =
    [
        "Visit within the week and see the child alone; update the chronology.",
        "Convene a core group or network meeting to review progress against the plan.",
        "Seek the school's and health visitor's views before the next review.",
        "Complete direct work with the child on their wishes and feelings.",
        "Discuss the case at the next legal gateway meeting if there is no progress.",
    ];

    public string Name => "Management oversight";

    public void Run(FamilyHistory family)
    {
        var today = settings.Today;
        var rates = settings.Preset.Rates;
        foreach (var (index, referral, _) in family.Episodes)
        {
            if (referral.NoFurtherActionBeforeAssessment || !family.Allocations.TryGetValue(index, out var allocations))
            {
                continue;
            }

            var end = referral.EndOr(today);
            var first = referral.ReferralDate.AddDays(family.Dice.Between(1, rates.OversightOfAssessmentWithinDays));
            Oversee(family, index, allocations, first, end, "Allocated for a child and family assessment: scope agreed with the worker.");
            foreach (var plan in referral.ChildProtectionPlans)
            {
                Monthly(family, index, allocations, plan, end, "Child protection plan discussed in supervision: progress against the plan and risks reviewed.");
            }

            if (referral.ChildInNeedPlan is { } childInNeed)
            {
                Monthly(family, index, allocations, childInNeed, end, "Child in need plan discussed in supervision: progress against the plan reviewed.");
            }
        }
    }

    private void Monthly(FamilyHistory family, int index, CaseAllocations allocations, PlannedPlan plan, DateOnly episodeEnd, string summary)
    {
        var every = settings.Preset.Rates.OversightEveryDays;
        var end = plan.End is { } ended && ended < episodeEnd ? ended : episodeEnd;
        for (var date = plan.Start.AddDays(family.Dice.Between(7, every)); date < end && date < settings.Today; date = date.AddDays(every + family.Dice.Between(-5, 5)))
        {
            Oversee(family, index, allocations, date, end, summary);
        }
    }

    private void Oversee(FamilyHistory family, int index, CaseAllocations allocations, DateOnly date, DateOnly end, string summary)
    {
        var today = settings.Today;
        if (date >= end || date >= today || allocations.CurrentOn(date) is not { } allocation || workforce.ManagerOn(allocation.TeamId, date) is not { } manager)
        {
            return;
        }

        var direction = family.Dice.Pick(Directions);
        var due = date.AddDays(family.Dice.Between(7, 20));
        OversightActionInput[] actions = [new(direction, allocation.WorkerId, due, workforce.WorkerWithId(allocation.WorkerId).FullName)];
        var oversight = ManagementOversight.Record(
            family.Children[index].Id, manager.Role, date, summary, direction, actions, today, As(manager.FullName, date, "Management oversight recorded"));
        family.Oversights.Add(oversight);

        var action = oversight.Actions[0];
        var done = ActionDates.DoneOn(due, date, family.Dice, settings.Preset.Rates.Imperfections.LateOversightActions);
        done = done > end ? end : done;
        const string note = "Done and recorded on the child's record.";
        if (done < today && oversight.CanCompleteAction(action.Id, done, note, today).IsAllowed)
        {
            var worker = workforce.WorkerWithId(action.WorkerId);
            oversight.CompleteAction(action.Id, done, note, today, As(worker.FullName, done, "Oversight action done"));
        }
    }

    /// <summary>
    /// Made by the simulation (no user account exists for a generated worker), in the name of the manager or worker who
    /// did it, so the record says who gave the direction and who did the action.
    /// </summary>
    private static ChangeContext As(string name, DateOnly on, string reason) => new(SimulationActor.Id, name, FamilyPlanner.At(on, 14 * 60), reason);
}
