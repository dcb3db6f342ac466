using Hearth.Domain.Recording;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Children.Record.Visits;

/// <summary>Reading visits back, and the unauthenticated check every recording page shares.</summary>
internal static class VisitPages
{
    public static async Task<List<Visit>> VisitsOfAsync(this HearthWebFactory factory, Guid childId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Set<Visit>().AsNoTracking().Where(v => v.ChildId == childId).ToListAsync();
    }

    public static async Task<string?> SignInLocationAsync(this HearthWebFactory factory, string url)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.Headers.Location?.AbsolutePath;
    }
}
