using Hearth.Data;
using Hearth.Domain.Access;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Infrastructure.Access;

/// <summary>
/// Loads what the access policy needs to know about children: whether their record is restricted and to whom,
/// and who holds them today. One query for one child or for a whole list, so lists apply the same rules as pages.
/// </summary>
public sealed class ChildAccess(HearthDbContext db, TimeProvider clock)
{
    public DateOnly Today => WorkingCalendar.LocalDate(clock.GetUtcNow());

    public async Task<AccessChild?> LoadAsync(Guid childId, CancellationToken cancellationToken = default) =>
        (await LoadManyAsync([childId], cancellationToken)).GetValueOrDefault(childId);

    public async Task<IReadOnlyDictionary<Guid, AccessChild>> LoadManyAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        if (childIds.Count == 0)
        {
            return new Dictionary<Guid, AccessChild>();
        }

        var today = Today;
        var children = await db.Set<Child>().AsNoTracking()
            .Where(c => childIds.Contains(c.Id))
            .Select(c => new { c.Id, c.IsRestricted, c.RestrictedRecordViewerIds })
            .ToListAsync(cancellationToken);
        var allocations = await db.Set<Allocation>().AsNoTracking()
            .Where(a => childIds.Contains(a.ChildId) && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .Select(a => new { a.ChildId, a.TeamId, a.WorkerId })
            .ToListAsync(cancellationToken);
        var byChild = allocations.ToLookup(a => a.ChildId);
        return children.ToDictionary(
            c => c.Id,
            c => new AccessChild(
                c.Id,
                c.IsRestricted,
                c.RestrictedRecordViewerIds.ToList(),
                byChild[c.Id].Select(a => a.TeamId).Distinct().ToList(),
                byChild[c.Id].Select(a => a.WorkerId).Distinct().ToList()));
    }
}
