using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Allocates each referred child to a social worker for each part of the journey (assessment, child protection,
/// child in need), brothers and sisters to the same worker; reallocates when a worker leaves, and ends the allocation
/// when the episode closes.
/// </summary>
internal sealed class AllocationsStage(SimulationSettings settings, WorkforceStage workforce) : IFamilyStage
{
    public string Name => "Allocations";

    public void Run(FamilyHistory family)
    {
        var today = settings.Today;
        foreach (var group in family.Episodes.Where(e => !e.Referral.NoFurtherActionBeforeAssessment).GroupBy(e => e.Referral))
        {
            var referral = group.Key;
            var end = referral.Closed;
            var phases = Phases(referral, today);
            foreach (var (kind, from, to, reason) in phases)
            {
                // One draw per phase, so brothers and sisters share a worker.
                var pick = family.Dice.Between(0, int.MaxValue - 1);
                foreach (var (index, _, _) in group)
                {
                    var history = family.Allocations.TryGetValue(index, out var existing) ? existing : family.Allocations[index] = new CaseAllocations(family.Children[index].Id, []);
                    AllocateThrough(history, kind, from, to, reason, new Dice(pick));
                }
            }

            if (end is { } closed)
            {
                foreach (var (index, _, _) in group)
                {
                    var history = family.Allocations[index];
                    if (history.CanEndAllocation(closed, "Case closed").IsAllowed)
                    {
                        history.EndAllocation(closed, "Case closed", FamilyHistory.Change(closed));
                    }
                }
            }
        }
    }

    private static List<(TeamKind Kind, DateOnly From, DateOnly To, string Reason)> Phases(PlannedReferral referral, DateOnly today)
    {
        var end = referral.EndOr(today);
        var phases = new List<(TeamKind, DateOnly, DateOnly, string)>();
        var protection = referral.ChildProtectionPlans.Count > 0 ? referral.ChildProtectionPlans[0] : null;
        var assessmentEnd = protection?.Start ?? referral.AssessmentCompleted ?? end;
        phases.Add((TeamKind.Assessment, referral.ReferralDate, Min(assessmentEnd, end), "Referral accepted: child and family assessment"));
        if (protection is not null)
        {
            var protectionEnd = referral.ChildProtectionPlans[^1].End ?? end;
            phases.Add((TeamKind.ChildProtection, protection.Start, Min(protectionEnd, end), "Initial child protection conference: child protection plan"));
        }

        if (referral.ChildInNeedPlan is { } plan && plan.Start < end)
        {
            phases.Add((TeamKind.ChildInNeed, plan.Start, plan.End ?? end, "Assessment completed: child in need plan"));
        }

        return phases;
    }

    private void AllocateThrough(CaseAllocations history, TeamKind kind, DateOnly from, DateOnly to, string reason, Dice dice)
    {
        var date = from;
        while (date <= to && date <= settings.Today)
        {
            if (workforce.HolderOn(kind, date, dice) is not { } holder)
            {
                return;
            }

            if (history.Open is { } open && open.WorkerId == holder.Worker.Id)
            {
                // Already with this worker (they moved team with the child): carry on.
            }
            else if (history.CanAllocate(holder.Worker, holder.Team, date, reason).IsAllowed)
            {
                history.Allocate(holder.Worker, holder.Team, date, reason, FamilyHistory.Change(date, reason));
            }
            else
            {
                return;
            }

            if (holder.Leaves is not { } leaves || leaves >= to)
            {
                return;
            }

            date = leaves.AddDays(1);
            reason = "Previous social worker left the authority: reallocated";
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
