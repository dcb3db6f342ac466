using Microsoft.EntityFrameworkCore;

namespace Hearth.Data;

/// <summary>The one place that turns settings into EF Core options, used by hosts and tests alike.</summary>
public static class HearthDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, HearthDatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString, sqlite => sqlite.CommandTimeout(60)),
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
        };
    }

    public static DbContextOptions<HearthDbContext> Create(HearthDatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<HearthDbContext>();
        Configure(builder, settings);
        return builder.Options;
    }
}
