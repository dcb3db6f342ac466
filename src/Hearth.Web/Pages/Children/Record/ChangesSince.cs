using System.Globalization;
using Hearth.Data;
using Hearth.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record;

/// <summary>
/// What someone else changed on a child's record after a form was opened, found from the change records saved
/// since the record's version (a version 7 Guid, so it carries the instant it was made).
/// </summary>
public static class ChangesSince
{
    public const string Message = "Someone else changed this record while you were editing it. Check what changed, then submit again.";

    public static DateTimeOffset InstantOf(Guid version)
    {
        var milliseconds = long.Parse(version.ToString("N")[..12], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    public static async Task<IReadOnlyList<ChangeRecord>> LoadAsync(HearthDbContext db, Guid childId, Guid version)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The version's own change happened within the millisecond the version records; anything later is someone else's.
        var after = InstantOf(version).AddMilliseconds(1);
        var changes = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.ChildId == childId && c.OccurredAt >= after)
            .ToListAsync();
        return changes.OrderBy(c => c.OccurredAt).ToList();
    }
}
