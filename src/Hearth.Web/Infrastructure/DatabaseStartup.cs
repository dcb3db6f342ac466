using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Simulation.Demo;

namespace Hearth.Web.Infrastructure;

public static partial class DatabaseStartup
{
    /// <summary>
    /// Applies any pending migrations before the first request, so the web host always runs on an up-to-date
    /// schema; then, where <c>Hearth:Demo:Seed</c> allows (by default only in Development), fills an empty database
    /// with the demo local authority so a newcomer has a living system at once.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        await HearthDatabase.MigrateAsync(db);

        if (!app.Configuration.GetValue("Hearth:Demo:Seed", app.Environment.IsDevelopment()))
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = await DemoLocalAuthority.SeedAsync(db, WorkingCalendar.LocalDate(now), now);
        if (result.Seeded)
        {
            var database = scope.ServiceProvider.GetRequiredService<HearthDatabaseSettings>().Describe();
            LogSeeded(app.Logger, result.Children, result.Households, result.Workers, result.UserAccounts, database);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo local authority: {Children} children in {Households} households, {Workers} workers, {Accounts} accounts, in {Database}")]
    private static partial void LogSeeded(ILogger logger, int children, int households, int workers, int accounts, string database);
}
