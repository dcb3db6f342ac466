using Hearth.Data;
using Hearth.Data.Referrals;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Referrals;

/// <summary>A page that changes one of the child's child in need episodes, with the child's other episodes to check against.</summary>
public abstract class EpisodePageModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public ChildInNeedEpisode Episode { get; private set; } = null!;

    protected IReadOnlyList<ChildInNeedEpisode> ChildsEpisodes { get; private set; } = [];

    /// <summary>The episode's plans that have not ended: while there are any, it cannot close.</summary>
    public IReadOnlyList<string> OpenPlans { get; private set; } = [];

    /// <summary>Loads the child's episodes, tracked for a change; false when the episode is not the child's.</summary>
    protected async Task<bool> LoadAsync(Guid childId, Guid episodeId)
    {
        ChildsEpisodes = await Db.Set<ChildInNeedEpisode>().Where(e => e.ChildId == childId).ToListAsync();
        if (ChildsEpisodes.FirstOrDefault(e => e.Id == episodeId) is not { } episode)
        {
            return false;
        }

        Episode = episode;
        OpenPlans = await EpisodePlans.OpenAsync(Db, episodeId);
        return true;
    }
}
