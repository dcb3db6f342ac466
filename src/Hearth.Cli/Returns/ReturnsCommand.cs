using System.CommandLine;
using System.Globalization;
using System.Text;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;

namespace Hearth.Cli.Returns;

/// <summary><c>hearth returns cin check FILE.xml --year 2025-26 --issues ISSUES.csv</c>: check a statutory return file.</summary>
internal static class ReturnsCommand
{
    public static Command Create()
    {
        var returns = new Command("returns", "Check the DfE statutory returns.");
        var cin = new Command("cin", "The children in need (CIN) census.");
        cin.Add(Check());
        returns.Add(cin);
        return returns;
    }

    private static Command Check()
    {
        var file = new Argument<string>("file") { Description = "The CIN census XML file, from Hearth or any other system." };
        var year = new Option<string>("--year")
        {
            Description = $"The collection year to check against: {string.Join(" or ", CinCollectionYear.Supported.Select(y => y.Label))}.",
            Required = true,
        };
        var issues = new Option<string?>("--issues") { Description = "Write every issue to this CSV file: child_id,rule_code,severity,message." };
        var command = new Command(
            "check",
            "Check a CIN census file against the year's schema and all the DfE's validation rules. Exits 0 whenever the file could be checked, whatever was found.")
        {
            file, year, issues,
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

            CinCensusCheckResult result;
            try
            {
                using var reader = CinCensusReader.Open(path, collectionYear);
                result = CinCensusRuleSets.For(collectionYear).Check(reader);
            }
            catch (UnauthorizedAccessException)
            {
                return await Refuse(error, $"{path} cannot be read: permission denied.");
            }

            if (!result.IsReadable)
            {
                var where = result.Problems.First(p => p.Kind == CinCensusProblemKind.Unreadable);
                return await Refuse(error, $"{path} cannot be read as a CIN census file. {where}");
            }

            if (parse.GetValue(issues) is { Length: > 0 } issuesPath)
            {
                try
                {
                    await using var csv = new StreamWriter(issuesPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    CinIssuesCsv.Write(csv, result);
                }
                catch (UnauthorizedAccessException)
                {
                    return await Refuse(error, $"--issues: {issuesPath} cannot be written: permission denied.");
                }
            }

            await WriteSummary(output, path, result, parse.GetValue(issues));
            return 0;
        });
        return command;
    }

    private static async Task WriteSummary(TextWriter output, string path, CinCensusCheckResult result, string? issuesPath)
    {
        var errors = result.Issues.Count(i => i.Severity == CinIssueSeverity.Error);
        var queries = result.Issues.Count - errors;
        var schemaProblems = result.Problems.Count(p => p.Kind == CinCensusProblemKind.Schema);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Checked {path} against the {result.Year.Label} CIN census rules: {result.ChildrenChecked} children, {errors} {Plural(errors, "error")} and {queries} {Plural(queries, "query", "queries")}."));
        if (schemaProblems > 0)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"The file does not match the {result.Year.Label} schema in {schemaProblems} {Plural(schemaProblems, "place")}; the first is {result.Problems.First(p => p.Kind == CinCensusProblemKind.Schema)}"));
        }

        var rules = CinCensusRuleSets.For(result.Year).Rules.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var group in result.Issues.GroupBy(i => i.RuleCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rule = rules[group.Key];
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"  {group.Key,-6} {(rule.Severity == CinIssueSeverity.Query ? "query" : "error"),-5} {group.Count(),7}  {rule.DfeMessage}"));
        }

        if (issuesPath is { Length: > 0 })
        {
            var rows = result.Issues.Count + schemaProblems;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {rows} {Plural(rows, "issue")} to {issuesPath}."));
        }
    }

    private static string Plural(int count, string one, string? many = null) => count == 1 ? one : many ?? one + "s";

    private static async Task<int> Refuse(TextWriter error, string message)
    {
        await error.WriteLineAsync($"hearth: {message}");
        return 1;
    }
}
