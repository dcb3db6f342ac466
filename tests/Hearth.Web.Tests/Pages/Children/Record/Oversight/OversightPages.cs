using Hearth.Domain.Recording;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Oversight;

internal static class OversightPages
{
    public static async Task<List<ManagementOversight>> OversightsOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<ManagementOversight>().AsNoTracking().Include(o => o.Actions).Where(o => o.ChildId == childId).ToListAsync();
    }
}
