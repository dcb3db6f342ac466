using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;

namespace Hearth.Returns.Tests.CinCensus.Checks;

public class CinIssuesCsvTests
{
    [Fact]
    public void Write_IssuesAndASchemaProblem_OneRowEachUnderTheHeader()
    {
        var result = new CinCensusCheckResult(
            CinCollectionYear.Year2025To26,
            [
                new CinIssue("C1", "8840", CinIssueSeverity.Error, "Dates are equal, so check them"),
                new CinIssue(string.Empty, "2887Q", CinIssueSeverity.Query, "Only \"3\" codes"),
            ],
            [new CinCensusProblem(CinCensusProblemKind.Schema, 12, 8, "Sex", "The value '1' is invalid.", "C2")],
            ChildrenChecked: 2,
            IsReadable: true);
        using var writer = new StringWriter();

        CinIssuesCsv.Write(writer, result);

        writer.ToString().Split("\r\n").ShouldBe(
        [
            "child_id,rule_code,severity,message",
            "C1,8840,error,\"Dates are equal, so check them\"",
            ",2887Q,query,\"Only \"\"3\"\" codes\"",
            "C2,schema,error,\"Line 12, position 8, <Sex>: The value '1' is invalid.\"",
            string.Empty,
        ]);
    }

    [Fact]
    public void Write_ChildIdThatLooksLikeAFormula_IsNotLeftForASpreadsheetToRun()
    {
        var result = new CinCensusCheckResult(
            CinCollectionYear.Year2025To26,
            [new CinIssue("=HYPERLINK(1)", "1580", CinIssueSeverity.Error, "Letters only")],
            [],
            ChildrenChecked: 1,
            IsReadable: true);
        using var writer = new StringWriter();

        CinIssuesCsv.Write(writer, result);

        writer.ToString().Split("\r\n")[1].ShouldStartWith("'=HYPERLINK(1),");
    }
}
