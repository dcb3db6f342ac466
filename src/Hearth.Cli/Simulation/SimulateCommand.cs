using System.CommandLine;
using System.Globalization;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Hearth.Cli.Simulation;

/// <summary>
/// <c>hearth simulate --preset large --years 5 --seed 7</c>: fill the configured database with a synthetic local
/// authority. It refuses a database that already has children or workers, because simulated families mixed with
/// real ones could never be told apart; there is no flag to force it: use an empty database.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(Lazy<ServiceProvider> services)
    {
        var preset = new Option<string>("--preset")
        {
            Description = $"The size of local authority: {string.Join(", ", SimulationPreset.All.Select(p => $"{p.Name} ({p.Description})"))}.",
            DefaultValueFactory = _ => SimulationPreset.Small.Name,
        };
        var years = new Option<int>("--years") { Description = "Years of history up to today.", DefaultValueFactory = _ => SimulationSettings.DefaultYears };
        var seed = new Option<int>("--seed") { Description = "The seed: the same preset, years, seed and today give the same data.", DefaultValueFactory = _ => 1 };
        var today = new Option<string?>("--today") { Description = "The last day of the history, as yyyy-mm-dd (default: today)." };
        var command = new Command("simulate", "Fill an empty database with a synthetic local authority: workforce, families, contacts, referrals, assessments, child protection and child in need plans, allocations and visits.")
        {
            preset, years, seed, today,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (SimulationPreset.Find(parse.GetValue(preset)) is not { } chosen)
            {
                return await Refuse(error, $"'{parse.GetValue(preset)}' is not a preset. Use one of: {string.Join(", ", SimulationPreset.All.Select(p => p.Name))}");
            }

            var howMany = parse.GetValue(years);
            if (howMany is < 1 or > 20)
            {
                return await Refuse(error, "--years must be a whole number from 1 to 20");
            }

            await using var scope = services.Value.CreateAsyncScope();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var lastDay = WorkingCalendar.LocalDate(now);
            if (parse.GetValue(today) is { Length: > 0 } given)
            {
                if (!DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out lastDay))
                {
                    return await Refuse(error, "--today must be a real date written as yyyy-mm-dd, for example 2026-11-02");
                }
            }

            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                return await Refuse(error, notReady);
            }

            var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var where = scope.ServiceProvider.GetRequiredService<HearthDatabaseSettings>().Describe();
            if (await context.Set<Child>().AnyAsync(cancellationToken) || await context.Set<Worker>().AnyAsync(cancellationToken))
            {
                return await Refuse(error, $"{where} already has children or workers. Simulate into an empty database, so simulated records are never mixed with real ones");
            }

            var settings = new SimulationSettings(chosen, howMany, parse.GetValue(seed), lastDay);
            var simulator = new Simulator(settings);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
            SimulationResult? result = null;
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var tasks = simulator.Stages.Append(SimulationLoader.SavingStage).Append(SimulationLoader.IndexingStage)
                        .ToDictionary(s => s, s => progress.AddTask(s, maxValue: s is "Workforce" or SimulationLoader.IndexingStage ? 1 : simulator.Families));
                    result = await SimulationLoader.LoadAsync(simulator, context, new Immediate(p => tasks[p.Stage].Value = p.Done), cancellationToken);
                    foreach (var task in tasks.Values)
                    {
                        task.Value = task.MaxValue;
                    }
                });

            var tally = result!.Tally;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Simulated {chosen.Name} for {howMany} year(s) to {lastDay:yyyy-MM-dd} with seed {settings.Seed} into {where} in {result.Elapsed.TotalSeconds:F1} s: " +
                $"{tally.Teams} teams, {tally.Workers} workers, {tally.Children} children in {tally.Families} families, {tally.Contacts} contacts, " +
                $"{tally.Referrals} referrals ({tally.ReReferralRate:P1} re-referrals after the first year), {tally.AssessmentsCompleted} assessments completed, " +
                $"{tally.Section47Enquiries} section 47 enquiries, {tally.Conferences} initial conferences ({tally.PreBirthConferences} pre-birth), " +
                $"{tally.ChildProtectionPlans} child protection plans, {tally.ChildInNeedPlans} child in need plans, {tally.UnbornChildren} unborn children " +
                $"({tally.BirthsRecorded} since born), {tally.Allocations} allocations, {tally.Visits} visits, {tally.ManagementOversights} management oversights; " +
                $"{result.RowsWritten} rows."));
            await output.WriteLineAsync($"Content digest: {tally.Digest.Value}");
            return 0;
        });
        return command;
    }

    private static async Task<int> Refuse(TextWriter error, string message)
    {
        await error.WriteLineAsync($"hearth: {message}");
        return 1;
    }

    /// <summary>Reports on the calling thread at once, unlike <see cref="Progress{T}"/>, so the bars move while the work runs.</summary>
    private sealed class Immediate(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
