using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>Closes each episode whose journey has ended, with its census reason; last, because the work of the episode happens while it is open.</summary>
internal sealed class ClosuresStage(SimulationSettings settings) : IReferralStage
{
    public string Name => "Closures";

    public void Run(FamilyHistory family, PlannedContact contact)
    {
        var today = settings.Today;
        foreach (var (_, referral, episode) in family.Episodes.Where(e => e.Referral == contact.Referral))
        {
            var openPlans = OpenPlans(family, episode.Id);
            if (referral.Closed is not { } closed || referral.ClosureReason is not { } reason || !episode.CanClose(closed, reason, openPlans, today).IsAllowed)
            {
                continue;
            }

            if (referral.NoFurtherActionBeforeAssessment)
            {
                episode.EndWithNoFurtherAction(closed, openPlans, today, FamilyHistory.Change(closed, "No further action"));
            }
            else
            {
                episode.Close(closed, reason, openPlans, today, FamilyHistory.Change(closed, reason.Description));
            }
        }
    }

    private static IReadOnlyList<string> OpenPlans(FamilyHistory family, Guid episodeId) =>
        Hearth.Domain.Referrals.OpenPlans.Describe(
            family.Other.OfType<ChildProtectionPlan>().Any(p => p.EpisodeId == episodeId && p.EndDate is null),
            family.Other.OfType<ChildInNeedPlan>().Any(p => p.EpisodeId == episodeId && p.EndDate is null));
}
