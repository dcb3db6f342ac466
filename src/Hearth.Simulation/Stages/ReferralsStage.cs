using Hearth.Domain.Referrals;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Opens a child in need episode for each child a referral concerns (the domain marks re-referrals within 12 months);
/// the closures stage closes it when the journey ends.
/// </summary>
internal sealed class ReferralsStage(SimulationSettings settings) : IReferralStage
{
    public string Name => "Referrals";

    public void Run(FamilyHistory family, PlannedContact planned)
    {
        var today = settings.Today;
        {
            if (!family.Contacts.TryGetValue(planned, out var contact) || planned.Referral is not { } referral || contact.DecidedAt is not { } decided)
            {
                return;
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
            }
        }
    }
}
