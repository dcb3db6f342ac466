namespace Hearth.Web.Pages.Children.FindAChild;

/// <summary>What the shared results table shows: its caption, the heading of the "why listed" column, and the rows.</summary>
public sealed record ChildResultsTable(string Caption, string ReasonHeading, IReadOnlyList<ChildResultRow> Rows);
