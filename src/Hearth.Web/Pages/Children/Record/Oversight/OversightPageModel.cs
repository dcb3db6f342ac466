using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Oversight;

/// <summary>A page about one oversight of the child's case.</summary>
public abstract class OversightPageModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    public ManagementOversight Oversight { get; private set; } = null!;

    /// <summary>Loads the oversight with its actions, tracked for a change; false when it is not of this child's case.</summary>
    protected async Task<bool> LoadAsync(Guid childId, Guid oversightId)
    {
        var oversight = await Db.Set<ManagementOversight>().Include(o => o.Actions).SingleOrDefaultAsync(o => o.Id == oversightId && o.ChildId == childId);
        if (oversight is null)
        {
            return false;
        }

        Oversight = oversight;
        return true;
    }
}
