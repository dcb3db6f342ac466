using System.CommandLine;
using System.Globalization;
using System.Text;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Import;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Hearth.Cli.Import;

/// <summary>
/// <c>hearth import cin FILE.xml [--year 2025-26] [--report PROBLEMS.csv]</c>: bring a census from another system into Hearth,
/// with a progress bar on a terminal (none when the output is redirected, so logs stay plain text).
/// </summary>
internal static class ImportCommand
{
    /// <summary>The command line acts as this account in the change records, since nobody signs in to it.</summary>
    public static readonly Guid ActorId = new("00000000-0000-7000-8000-0000000c1a01");

    public const string ActorName = "CIN census import (command line)";

    public static Command Create(Lazy<ServiceProvider> services)
    {
        var import = new Command("import", "Import records from another system.");
        import.Add(Cin(services));
        return import;
    }

    private static Command Cin(Lazy<ServiceProvider> services)
    {
        var latest = CinCollectionYear.Supported[^1];
        var file = new Argument<string>("file") { Description = "The CIN census XML file, for example from the previous case management system." };
        var year = new Option<string>("--year")
        {
            Description = $"The collection year whose schema the file follows: {string.Join(" or ", CinCollectionYear.Supported.Select(y => y.Label))}. Default {latest.Label}.",
            DefaultValueFactory = _ => latest.Label,
        };
        var report = new Option<string?>("--report") { Description = "When the file cannot be imported, write every problem to this CSV file: line,la_child_id,element,message." };
        var command = new Command(
            "cin",
            "Import the children, episodes, assessments and child in need plans in a CIN census file. All or nothing: if anything in the file cannot be imported, nothing is. Importing the same file again adds nothing.")
        {
            file, year, report,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!CinCollectionYear.TryParse(parse.GetValue(year), out var collectionYear, out var yearProblem))
            {
                return await Refuse(error, $"--year: {yearProblem}");
            }

            var path = parse.GetValue(file) ?? string.Empty;
            if (!File.Exists(path))
            {
                return await Refuse(error, $"{path} does not exist.");
            }

            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                return await Refuse(error, notReady);
            }

            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var request = new CinCensusImportRequest(
                collectionYear, Path.GetFileName(path), ActorId, ActorName, now, scope.ServiceProvider.GetRequiredService<Timescales>());
            var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            CinCensusImportResult result;
            try
            {
                await using var stream = File.OpenRead(path);
                result = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
                    ? await AnsiConsole.Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
                        .StartAsync(async progress => await CinCensusImport.RunAsync(db, stream, request, new ProgressBar(progress), cancellationToken))
                    : await CinCensusImport.RunAsync(db, stream, request, cancellationToken: cancellationToken);
            }
            catch (UnauthorizedAccessException)
            {
                return await Refuse(error, $"{path} cannot be read: permission denied.");
            }

            if (!result.Imported)
            {
                return await Refused(error, path, result, parse.GetValue(report));
            }

            await WriteSummary(output, path, result.Summary);
            return 0;
        });
        return command;
    }

    private static async Task<int> Refused(TextWriter error, string path, CinCensusImportResult result, string? reportPath)
    {
        await error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"hearth: nothing was imported from {path}: it has {result.Problems.Count} {(result.Problems.Count == 1 ? "problem" : "problems")} to put right first."));
        foreach (var problem in result.Problems)
        {
            await error.WriteLineAsync($"  {problem}");
        }

        if (reportPath is { Length: > 0 })
        {
            await using var csv = new StreamWriter(reportPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await CinCensusImportReport.WriteAsync(csv, result.Problems);
            await error.WriteLineAsync($"Wrote the problems to {reportPath}.");
        }

        return 1;
    }

    private static async Task WriteSummary(TextWriter output, string path, CinCensusImportSummary summary)
    {
        if (summary.EverythingAlreadyInHearth)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Nothing to import from {path}: all {summary.ChildrenInFile} children and {summary.EpisodesAlreadyInHearth} episodes are already in Hearth, so nothing was changed."));
            return;
        }

        await output.WriteLineAsync($"Imported {path} into Hearth:");
        foreach (var line in CinCensusImportReport.SummaryLines(summary))
        {
            await output.WriteLineAsync($"  {line}");
        }
    }

    private static async Task<int> Refuse(TextWriter error, string message)
    {
        await error.WriteLineAsync($"hearth: {message}");
        return 1;
    }

    private sealed class ProgressBar(ProgressContext context) : IProgress<CinCensusImportProgress>
    {
        private readonly Dictionary<CinCensusImportStage, ProgressTask> _tasks = [];

        public void Report(CinCensusImportProgress value)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                foreach (var earlier in _tasks.Values)
                {
                    earlier.Value = earlier.MaxValue;
                }

                task = context.AddTask(value.Stage switch
                {
                    CinCensusImportStage.Reading => "Reading and checking the schema",
                    CinCensusImportStage.Checking => "Checking each child against Hearth's rules",
                    _ => "Saving",
                });
                _tasks[value.Stage] = task;
            }

            if (value.Total > 0)
            {
                task.MaxValue = value.Total;
                task.Value = value.Done;
            }
        }
    }
}
