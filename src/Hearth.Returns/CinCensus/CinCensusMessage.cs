namespace Hearth.Returns.CinCensus;

/// <summary>
/// A whole CIN census file, the XML <c>Message</c>: an optional header and the children in need. Values are kept
/// as the file gives them (codes as text, dates that could not be read as null) so that a file from any system
/// can be checked; the rules say what is wrong.
/// </summary>
public sealed record CinCensusMessage
{
    public CinHeader? Header { get; init; }

    public IReadOnlyList<CinChild> Children { get; init; } = [];
}

/// <summary>The <c>Header</c>: which collection the file is for and which local authority sent it.</summary>
public sealed record CinHeader
{
    public CinCollectionDetails? CollectionDetails { get; init; }

    public IReadOnlyList<CinSource> Sources { get; init; } = [];

    /// <summary>The <c>ReferenceDate</c> the file states, if any.</summary>
    public DateOnly? ReferenceDate => CollectionDetails?.ReferenceDate;

    /// <summary>The three-digit local authority code (<c>LEA</c>) of the first source, if any.</summary>
    public string? LocalAuthorityCode => Sources.Count > 0 ? Sources[0].Lea : null;
}

/// <summary>The header's <c>CollectionDetails</c>: <c>Collection</c> (always "CIN"), <c>Year</c> and <c>ReferenceDate</c>.</summary>
public sealed record CinCollectionDetails
{
    public string? Collection { get; init; }

    public int? Year { get; init; }

    public DateOnly? ReferenceDate { get; init; }
}

/// <summary>A header <c>Source</c>: the local authority (<c>LEA</c>) and the software that produced the file.</summary>
public sealed record CinSource
{
    public string? SourceLevel { get; init; }

    public string? Lea { get; init; }

    public string? SoftwareCode { get; init; }

    public string? Release { get; init; }

    public string? SerialNo { get; init; }

    /// <summary>When the file was produced, as the file's local time when it gives no offset.</summary>
    public DateTime? DateTime { get; init; }
}
