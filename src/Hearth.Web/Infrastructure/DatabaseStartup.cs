using Hearth.Data;

namespace Hearth.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Applies any pending migrations before the first request, so the web host always runs on an up-to-date schema.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        await HearthDatabase.MigrateAsync(db);
    }
}
