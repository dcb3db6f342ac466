using Hearth.Domain.Referrals;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Opens a child in need episode for each child a referral concerns (the domain marks re-referrals within 12 months)
/// and closes it with the census reason when the journey ends.
/// </summary>
internal sealed class ReferralsStage(SimulationSettings settings) : IFamilyStage
{
    public string Name => "Referrals";

    public void Run(FamilyHistory family)
    {
        var today = settings.Today;
        foreach (var (planned, contact) in family.Contacts)
        {
            if (planned.Referral is not { } referral || contact.DecidedAt is not { } decided)
            {
                continue;
            }

            foreach (var index in planned.Children.Where(family.Children.ContainsKey))
            {
                var child = family.Children[index];
                var episodes = family.Episodes.Where(e => e.Child == index).Select(e => e.Episode).ToList();
                if (!ChildInNeedEpisode.CanOpen(referral.ReferralDate, episodes, today).IsAllowed)
                {
                    continue;
                }

                var need = family.Plan.Children[index].HasRecordingError && index % 3 == 2 ? PrimaryNeed.NotStated : referral.PrimaryNeed;
                var episode = ChildInNeedEpisode.Open(
                    child.Id, referral.ReferralDate, contact.Source, need, contact.Id, episodes, today, FamilyHistory.Change(decided));
                family.Episodes.Add((index, referral, episode));
                if (referral.Closed is not { } closed || referral.ClosureReason is not { } reason)
                {
                    continue;
                }

                episode.CanClose(closed, reason, today).ThrowIfRefused();
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
}
