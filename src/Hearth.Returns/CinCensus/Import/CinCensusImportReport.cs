using System.Globalization;

namespace Hearth.Returns.CinCensus.Import;

/// <summary>How an import's outcome reads, the same on the command line and the web page.</summary>
public static class CinCensusImportReport
{
    /// <summary>Writes the problems as CSV with the columns <c>line,la_child_id,element,message</c>, one row per problem.</summary>
    public static async Task WriteAsync(TextWriter csv, IEnumerable<CinCensusImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(problems);
        await csv.WriteLineAsync("line,la_child_id,element,message");
        foreach (var problem in problems)
        {
            await csv.WriteLineAsync(string.Join(
                ',',
                problem.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Field(problem.LAChildId),
                Field(problem.Element),
                Field(problem.Message)));
        }
    }

    /// <summary>What was added and what was already there, one line each, for a summary.</summary>
    public static IReadOnlyList<string> SummaryLines(CinCensusImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lines = new List<string>
        {
            Line(summary.ChildrenAdded, "child added", "children added"),
            Line(summary.ChildrenAlreadyInHearth, "child already in Hearth (matched by LAchildID, left as it is)", "children already in Hearth (matched by LAchildID, left as they are)"),
            Line(summary.EpisodesAdded, "child in need episode added", "child in need episodes added"),
            Line(summary.EpisodesAlreadyInHearth, "episode already in Hearth (matched by referral date, left as it is)", "episodes already in Hearth (matched by referral date, left as they are)"),
            Line(summary.AssessmentsAdded, "assessment added", "assessments added"),
            Line(summary.ChildInNeedPlansAdded, "child in need plan added", "child in need plans added"),
        };
        lines.Add(Line(summary.Section47EnquiriesAdded, "section 47 enquiry added", "section 47 enquiries added"));
        lines.Add(Line(summary.InitialConferencesAdded, "initial child protection conference added", "initial child protection conferences added"));
        lines.Add(Line(summary.ChildProtectionPlansAdded, "child protection plan added", "child protection plans added"));
        lines.Add(Line(summary.ReviewConferencesAdded, "review conference added", "review conferences added"));
        lines.Add(Line(summary.Section47EnquiriesAlreadyInHearth, "section 47 enquiry already in Hearth (matched by start date)", "section 47 enquiries already in Hearth (matched by start date)"));
        lines.Add(Line(summary.ChildProtectionPlansAlreadyInHearth, "child protection plan already in Hearth (matched by start date)", "child protection plans already in Hearth (matched by start date)"));
        lines.Add(Line(summary.ReviewConferencesAlreadyInHearth, "review conference already in Hearth (matched by plan and date)", "review conferences already in Hearth (matched by plan and date)"));
        if (summary.LeftOutOfEpisodesAlreadyInHearth > 0)
        {
            lines.Add(Line(summary.LeftOutOfEpisodesAlreadyInHearth, "section 47 enquiry, plan or review left out", "section 47 enquiries, plans or reviews left out") +
                ": their episodes are already in Hearth, which leaves an episode it has as it is; record them on the child's record");
        }

        return lines;
    }

    private static string Line(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    private static string Field(string? value)
    {
        var text = value ?? string.Empty;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
