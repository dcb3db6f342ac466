using System.CommandLine;
using Hearth.Cli.Database;
using Hearth.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli;

/// <summary>
/// The <c>hearth</c> command line. It reads the database settings exactly as the web host does
/// (<c>Hearth__Database__Provider</c>, <c>ConnectionStrings__Hearth</c>) and shares its service registration.
/// </summary>
public static class HearthCommands
{
    public static RootCommand Create(IConfiguration configuration)
    {
        var services = new Lazy<ServiceProvider>(() => new ServiceCollection().AddHearthData(configuration).BuildServiceProvider());
        var root = new RootCommand("Hearth: case management for children's social care.")
        {
            MigrateCommand.Create(services),
            Users.UsersCommand.Create(services),
            Demo.DemoCommand.Create(services),
            Returns.ReturnsCommand.Create(Returns.CinBuildCommand.Create(services, configuration)),
            Import.ImportCommand.Create(services),
            Simulation.SimulateCommand.Create(services),
        };
        return root;
    }

    /// <summary>Why the configured database cannot be used yet, or null when it is up to date.</summary>
    internal static async Task<string?> DatabaseProblemAsync(AsyncServiceScope scope, CancellationToken cancellationToken)
    {
        var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        var pending = await HearthDatabase.PendingMigrationsAsync(context, cancellationToken);
        return pending.Count == 0
            ? null
            : $"{scope.ServiceProvider.GetRequiredService<HearthDatabaseSettings>().Describe()} is not up to date ({pending.Count} migration(s) pending). Run 'hearth migrate' first.";
    }

    /// <summary>Runs a command line. Anything that goes wrong is said in one plain line with exit code 1, never a stack trace.</summary>
    public static async Task<int> InvokeAsync(IConfiguration configuration, string[] args, TextWriter output, TextWriter error)
    {
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await Create(configuration).Parse(args).InvokeAsync(invocation);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException or IOException or ArgumentException)
        {
            await error.WriteLineAsync($"hearth: {exception.Message}");
            return 1;
        }
    }
}
