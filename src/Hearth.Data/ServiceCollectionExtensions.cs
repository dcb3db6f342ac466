using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HearthDbContext"/> on the configured provider and the clock. Shared by the web host and the CLI.
    /// </summary>
    public static IServiceCollection AddHearthData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = HearthDatabaseSettings.FromConfiguration(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<HearthDbContext>(options => HearthDbContextOptions.Configure(options, settings));
        return services;
    }
}
