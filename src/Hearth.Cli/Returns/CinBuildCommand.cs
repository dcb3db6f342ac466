using System.CommandLine;
using System.Globalization;
using Hearth.Data;
using Hearth.Returns;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli.Returns;

/// <summary><c>hearth returns cin build --year 2025-26 --out FILE.xml</c>: the census file from the database.</summary>
internal static class CinBuildCommand
{
    public static Command Create(Lazy<ServiceProvider> services, IConfiguration configuration)
    {
        var year = new Option<string>("--year")
        {
            Description = $"The collection year to build: {string.Join(" or ", CinCollectionYear.Supported.Select(y => y.Label))}.",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "The XML file to write.", Required = true };
        var command = new Command(
            "build",
            $"Build the CIN census XML for a collection year from the database, with the local authority's code ({LocalAuthorityCode.SettingName}) in the header, and check it.")
        {
            year, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!CinCollectionYear.TryParse(parse.GetValue(year), out var collectionYear, out var yearProblem))
            {
                return await Refuse(error, $"--year: {yearProblem}");
            }

            var path = Path.GetFullPath(parse.GetValue(output) ?? string.Empty);
            if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
            {
                return await Refuse(error, $"--out: {path} cannot be written: the folder {folder} does not exist.");
            }

            var localAuthority = LocalAuthorityCode.FromConfiguration(configuration);
            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } problem)
            {
                return await Refuse(error, problem);
            }

            var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var partial = path + ".partial";
            CinCensusBuildResult built;
            try
            {
                await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    built = await CinCensusReturn.WriteAsync(db, collectionYear, localAuthority, clock.GetUtcNow(), file, cancellationToken: cancellationToken);
                }

                File.Move(partial, path, overwrite: true);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                File.Delete(partial);
                return await Refuse(error, $"--out: {path} cannot be written: {exception.Message}");
            }

            var errors = built.Check.Issues.Count(i => i.Severity == CinIssueSeverity.Error);
            var queries = built.Check.Issues.Count - errors;
            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote the {collectionYear.Label} CIN census for local authority {localAuthority} to {path}: {built.Children} children, " +
                $"{built.Episodes} episodes, {built.Assessments} assessments, {built.ChildInNeedPlans} child in need plans, " +
                $"{built.Section47Enquiries} section 47 enquiries and {built.ChildProtectionPlans} child protection plans."));
            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"The DfE's rules find {errors} {(errors == 1 ? "error" : "errors")} and {queries} {(queries == 1 ? "query" : "queries")}; " +
                $"list them with 'hearth returns cin check {path} --year {collectionYear.Label} --issues ISSUES.csv'."));
            if (built.Children == 0)
            {
                await error.WriteLineAsync($"hearth: no child had child in need activity in {collectionYear.Label}, so the file has no children; the DfE's schema needs at least one.");
            }

            return 0;
        });
        return command;
    }

    private static async Task<int> Refuse(TextWriter error, string message)
    {
        await error.WriteLineAsync($"hearth: {message}");
        return 1;
    }
}
