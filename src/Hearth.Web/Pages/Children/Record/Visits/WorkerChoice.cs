using Hearth.Data;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Visits;

/// <summary>A worker to choose as a visitor or as the person an action is for.</summary>
public sealed record WorkerChoice(Guid Id, string Name, string Role)
{
    /// <summary>Every worker who has not left by <paramref name="today"/>, by name, and any already chosen who has.</summary>
    public static async Task<IReadOnlyList<WorkerChoice>> LoadAsync(HearthDbContext db, DateOnly today, params Guid?[] chosen)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keep = chosen.OfType<Guid>().ToList();
        var workers = await db.Set<Worker>().AsNoTracking()
            .Where(w => w.LeavingDate == null || w.LeavingDate >= today || keep.Contains(w.Id))
            .ToListAsync();
        return [.. workers.OrderBy(w => w.FamilyName, StringComparer.CurrentCulture).ThenBy(w => w.GivenName, StringComparer.CurrentCulture)
            .Select(w => new WorkerChoice(w.Id, w.FullName, w.Role.DisplayName))];
    }

    /// <summary>The names of the workers, for showing who visited or who an action is for.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(HearthDbContext db, IEnumerable<Guid?> ids)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var workers = await db.Set<Worker>().AsNoTracking().Where(w => wanted.Contains(w.Id)).Select(w => new { w.Id, w.GivenName, w.FamilyName }).ToListAsync();
        return workers.ToDictionary(w => w.Id, w => $"{w.GivenName} {w.FamilyName}");
    }
}
