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
        if (summary.Section47EnquiriesNotImported > 0)
        {
            lines.Add(Line(summary.Section47EnquiriesNotImported, "section 47 enquiry not imported", "section 47 enquiries not imported") +
                ": Hearth starts an enquiry from a strategy discussion, which the census does not carry; record it on the child's record");
        }

        if (summary.ChildProtectionPlansNotImported > 0)
        {
            lines.Add(Line(summary.ChildProtectionPlansNotImported, "child protection plan not imported", "child protection plans not imported") +
                ": Hearth starts a plan from an initial conference, which the census does not carry; record it on the child's record");
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
