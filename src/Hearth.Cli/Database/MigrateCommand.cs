using System.CommandLine;
using Hearth.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli.Database;

internal static class MigrateCommand
{
    public static Command Create(Lazy<ServiceProvider> services)
    {
        var command = new Command("migrate", "Bring the configured database up to date with Hearth's migrations.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var scope = services.Value.CreateAsyncScope();
            var settings = scope.ServiceProvider.GetRequiredService<HearthDatabaseSettings>();
            var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var pending = await HearthDatabase.PendingMigrationsAsync(context, cancellationToken);
            await HearthDatabase.MigrateAsync(context, cancellationToken);
            await output.WriteLineAsync(pending.Count == 0
                ? $"{settings.Describe()} is already up to date."
                : $"Applied {pending.Count} migration(s) to {settings.Describe()}: {string.Join(", ", pending)}.");
            return 0;
        });
        return command;
    }
}
