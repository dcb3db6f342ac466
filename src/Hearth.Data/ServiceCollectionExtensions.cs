using Hearth.Domain.Calendar;
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
        services.AddSingleton(TimescalesFrom(configuration));
        return services;
    }

    /// <summary>
    /// The local authority's timescales: the defaults from law and guidance, changed by the section
    /// <c>Hearth:Timescales</c> (working hours, and per timescale key a rule kind, amount or due-soon window).
    /// </summary>
    public static Timescales TimescalesFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection("Hearth:Timescales").Get<TimescaleSettings>() ?? new TimescaleSettings();
        return new Timescales(settings);
    }
}
