using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Referrals;

/// <summary>Episodes the referral page tests start from, and reading them back.</summary>
internal static class ReferralPages
{
    public static async Task<ChildInNeedEpisode> AddEpisodeAsync(this HearthWebFactory factory, Guid childId, DateOnly referralDate, DateOnly? closedOn = null)
    {
        await using var db = factory.Database.CreateContext();
        var earlier = await db.Set<ChildInNeedEpisode>().Where(e => e.ChildId == childId).ToListAsync();
        var episode = ChildInNeedEpisode.Open(childId, referralDate, ReferralSource.Schools, PrimaryNeed.FamilyInAcuteStress, null, earlier, factory.Data.Today, factory.Data.Change());
        if (closedOn is { } closureDate)
        {
            episode.Close(closureDate, ClosureReason.ServicesCeased, [], factory.Data.Today, factory.Data.Change());
        }

        db.Add(episode);
        await db.SaveChangesAsync();
        return episode;
    }

    public static async Task<List<ChildInNeedEpisode>> EpisodesOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ChildInNeedEpisode>().AsNoTracking().Where(e => e.ChildId == childId).ToListAsync();
    }
}
