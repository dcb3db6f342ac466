namespace Hearth.Returns.CinCensus;

/// <summary>What kind of thing is wrong with a CIN census file as a file, before any rule is checked.</summary>
public enum CinCensusProblemKind
{
    /// <summary>The file is not well-formed XML, or not a CIN census <c>Message</c>: reading stopped here.</summary>
    Unreadable,

    /// <summary>The file is XML but breaks the year's schema: an element missing, out of order or with a value the schema refuses.</summary>
    Schema,
}

/// <summary>Something wrong with a CIN census file: where it is (line, position, element), which child it is in, and what is wrong.</summary>
public sealed record CinCensusProblem(
    CinCensusProblemKind Kind,
    int LineNumber,
    int LinePosition,
    string Element,
    string Message,
    string? LAChildId)
{
    public override string ToString() =>
        FormattableString.Invariant($"Line {LineNumber}, position {LinePosition}{(Element.Length > 0 ? $", <{Element}>" : string.Empty)}: {Message}");
}
