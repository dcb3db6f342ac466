using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Allocates each referred child to a social worker for each part of the journey (assessment, child protection,
/// child in need), the team's least loaded worker that week, so caseloads stay even; brothers and sisters to the same
/// worker; reallocates when a worker leaves, and ends the allocation when the episode closes.
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
            var histories = group.Select(e => family.Allocations.TryGetValue(e.Child, out var existing) ? existing : family.Allocations[e.Child] = new CaseAllocations(family.Children[e.Child].Id, [])).ToList();
            foreach (var (kind, from, to, reason) in Phases(referral, today))
            {
                // One worker for each part of the journey, so brothers and sisters share one.
                AllocateThrough(histories, kind, from, to, reason, new Dice(family.Dice.Between(0, int.MaxValue - 1)));
            }

            if (end is { } closed)
            {
                foreach (var history in histories)
                {
                    if (history.CanEndAllocation(closed, "Case closed").IsAllowed)
                    {
                        history.EndAllocation(closed, "Case closed", FamilyHistory.Change(closed));
                    }
                }
            }
        }
    }

    /// <summary>The parts of a referral's journey, each held by a different kind of team: the assessment, child protection and child in need.</summary>
    internal static List<(TeamKind Kind, DateOnly From, DateOnly To, string Reason)> Phases(PlannedReferral referral, DateOnly today)
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

    /// <summary>
    /// Allocates the children to the team's least loaded worker on the day, and to the next when that worker leaves,
    /// counting them on each worker's caseload while they hold them.
    /// </summary>
    private void AllocateThrough(List<CaseAllocations> histories, TeamKind kind, DateOnly from, DateOnly to, string reason, Dice dice)
    {
        var date = from;
        while (date <= to && date <= settings.Today)
        {
            if (workforce.LeastLoadedOn(kind, date, to, dice) is not { } holder)
            {
                return;
            }

            var held = 0;
            foreach (var history in histories)
            {
                if (history.Open is { } open && open.WorkerId == holder.Worker.Id)
                {
                    held++;
                }
                else if (history.CanAllocate(holder.Worker, holder.Team, date, reason).IsAllowed)
                {
                    history.Allocate(holder.Worker, holder.Team, date, reason, FamilyHistory.Change(date, reason));
                    held++;
                }
            }

            if (held == 0)
            {
                return;
            }

            var leaves = holder.Leaves;
            workforce.Hold(holder.Worker, date, leaves is { } left && left < to ? left : to, held);
            if (leaves is null || leaves >= to)
            {
                return;
            }

            date = leaves.Value.AddDays(1);
            reason = "Previous social worker left the authority: reallocated";
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
