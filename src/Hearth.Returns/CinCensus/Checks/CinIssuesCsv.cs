using System.Globalization;

namespace Hearth.Returns.CinCensus.Checks;

/// <summary>
/// Writes what checking a CIN census found as CSV, one row per issue, with the columns
/// <c>child_id,rule_code,severity,message</c>: <c>child_id</c> is the file's LAchildID (empty for the whole
/// return), <c>rule_code</c> the DfE code (a query's ends in Q), <c>severity</c> "error" or "query". Places where
/// the file breaks the schema come after the rules' findings, with rule code "schema", severity "error" and the
/// line in the message.
/// </summary>
public static class CinIssuesCsv
{
    public const string Header = "child_id,rule_code,severity,message";

    /// <summary>The rule code given to a place where the file breaks the year's schema.</summary>
    public const string SchemaRuleCode = "schema";

    public static void Write(TextWriter writer, CinCensusCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (var issue in result.Issues)
        {
            Row(writer, issue.LAChildId, issue.RuleCode, issue.Severity == CinIssueSeverity.Query ? "query" : "error", issue.Message);
        }

        foreach (var problem in result.Problems.Where(p => p.Kind == CinCensusProblemKind.Schema))
        {
            Row(writer, problem.LAChildId ?? string.Empty, SchemaRuleCode, "error", problem.ToString());
        }
    }

    private static void Row(TextWriter writer, string childId, string code, string severity, string message)
    {
        writer.Write(Field(childId));
        writer.Write(',');
        writer.Write(Field(code));
        writer.Write(',');
        writer.Write(severity);
        writer.Write(',');
        writer.Write(Field(message));
        writer.Write("\r\n");
    }

    // RFC 4180 quoting; a leading =, +, - or @ is also quoted with an apostrophe so a spreadsheet never runs a
    // value from a file as a formula (OWASP "CSV injection").
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")
            : value;
    }
}
