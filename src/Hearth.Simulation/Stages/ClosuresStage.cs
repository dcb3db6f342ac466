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
            if (referral.Closed is not { } closed || referral.ClosureReason is not { } reason || !episode.CanClose(closed, reason, today).IsAllowed)
            {
                continue;
            }

            if (referral.NoFurtherActionBeforeAssessment)
            {
                episode.EndWithNoFurtherAction(closed, today, FamilyHistory.Change(closed, "No further action"));
            }
            else
            {
                episode.Close(closed, reason, today, FamilyHistory.Change(closed, reason.Description));
            }
        }
    }
}
