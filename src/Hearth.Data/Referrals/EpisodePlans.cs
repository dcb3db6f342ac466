using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Referrals;

/// <summary>The plans in a child in need episode that have not ended, which stop it closing.</summary>
public static class EpisodePlans
{
    public static async Task<IReadOnlyList<string>> OpenAsync(HearthDbContext db, Guid episodeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var childProtection = await db.Set<ChildProtectionPlan>().AnyAsync(p => p.EpisodeId == episodeId && p.EndDate == null, cancellationToken);
        var childInNeed = await db.Set<ChildInNeedPlan>().AnyAsync(p => p.EpisodeId == episodeId && p.EndDate == null, cancellationToken);
        return OpenPlans.Describe(childProtection, childInNeed);
    }
}
