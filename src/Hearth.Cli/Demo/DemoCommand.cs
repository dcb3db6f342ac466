using System.CommandLine;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Simulation.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli.Demo;

/// <summary><c>hearth demo seed</c>: fill an empty database with the demo local authority.</summary>
internal static class DemoCommand
{
    public static Command Create(Lazy<ServiceProvider> services)
    {
        var demo = new Command("demo", "The demo local authority, for trying Hearth out.");
        var seed = new Command(
            "seed",
            "Fill an empty database with the demo local authority: teams, staff, sign-in accounts for every role and two years of the small simulation preset (a North Somerset-sized authority).");
        seed.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"hearth: {notReady}");
                return 1;
            }

            var where = scope.ServiceProvider.GetRequiredService<HearthDatabaseSettings>().Describe();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var result = await DemoLocalAuthority.SeedAsync(context, WorkingCalendar.LocalDate(now), now, cancellationToken);
            if (!result.Seeded)
            {
                await output.WriteLineAsync($"{where} already has user accounts or children, so the demo local authority was not added.");
                return 0;
            }

            await output.WriteLineAsync(
                $"Added the demo local authority to {where}: {result.Teams} teams, {result.Workers} workers, {result.UserAccounts} user accounts " +
                $"and {result.Children} children in {result.Households} households ({result.AllocatedChildren} allocated, {result.UnallocatedChildren} unallocated).");
            await output.WriteLineAsync($"Every demo account's password is {DemoLocalAuthority.Password}");
            foreach (var account in DemoLocalAuthority.Accounts)
            {
                await output.WriteLineAsync($"  {account.UserName,-36} {account.RoleDisplayName}: {account.WhatTheyCanDo}");
            }

            return 0;
        });
        demo.Add(seed);
        return demo;
    }
}
