using Microsoft.EntityFrameworkCore;

namespace Hearth.Data;

/// <summary>Brings a database up to date. The web host runs it at start-up and <c>hearth migrate</c> on demand.</summary>
public static class HearthDatabase
{
    public static async Task MigrateAsync(HearthDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsSqlite())
        {
            // WAL lets readers carry on while a writer saves; it is a property of the file, so set it once.
            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }

            return;
        }

        await context.Database.MigrateAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(HearthDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
