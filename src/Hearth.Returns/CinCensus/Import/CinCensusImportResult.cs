namespace Hearth.Returns.CinCensus.Import;

/// <summary>
/// Something that stops a CIN census file being imported: where it is in the file (line and element when the
/// reader found it; the child's <c>LAchildID</c> and the element when Hearth's rules refused it) and what is wrong.
/// </summary>
public sealed record CinCensusImportProblem(string? LAChildId, int? LineNumber, string Element, string Message)
{
    public override string ToString()
    {
        var where = new List<string>();
        if (LineNumber is { } line)
        {
            where.Add(FormattableString.Invariant($"line {line}"));
        }

        if (!string.IsNullOrEmpty(LAChildId))
        {
            where.Add($"child {LAChildId}");
        }

        if (Element.Length > 0)
        {
            where.Add($"<{Element}>");
        }

        return where.Count == 0 ? Message : $"{string.Join(", ", where)}: {Message}";
    }
}

/// <summary>What an import added, and what it found already in Hearth and so left alone.</summary>
public sealed record CinCensusImportSummary
{
    public int ChildrenInFile { get; init; }

    public int ChildrenAdded { get; init; }

    /// <summary>Children whose <c>LAchildID</c> Hearth already had: their details are left as Hearth has them.</summary>
    public int ChildrenAlreadyInHearth { get; init; }

    public int EpisodesAdded { get; init; }

    /// <summary>Episodes the child already had in Hearth with the same referral date: left as Hearth has them, with all they hold.</summary>
    public int EpisodesAlreadyInHearth { get; init; }

    public int AssessmentsAdded { get; init; }

    public int ChildInNeedPlansAdded { get; init; }

    /// <summary>
    /// Section 47 enquiries in new episodes that were not imported: Hearth starts an enquiry only from a strategy
    /// discussion with its participants, which the census does not carry.
    /// </summary>
    public int Section47EnquiriesNotImported { get; init; }

    /// <summary>
    /// Child protection plans in new episodes that were not imported: Hearth starts a plan only from a quorate initial
    /// conference, which the census does not carry.
    /// </summary>
    public int ChildProtectionPlansNotImported { get; init; }

    /// <summary>True when the import added nothing: every child and episode in the file was already in Hearth.</summary>
    public bool ChangedNothing => ChildrenAdded == 0 && EpisodesAdded == 0;
}

/// <summary>
/// The outcome of importing a CIN census file. Either everything was imported (<see cref="Imported"/>, no problems)
/// or nothing was, and <see cref="Problems"/> says every reason why.
/// </summary>
public sealed record CinCensusImportResult(bool Imported, IReadOnlyList<CinCensusImportProblem> Problems, CinCensusImportSummary Summary);

/// <summary>How far an import has got: a stage and, for the stage, how many children of how many.</summary>
public sealed record CinCensusImportProgress(CinCensusImportStage Stage, int Done, int Total);

/// <summary>The stages of an import, in order.</summary>
public enum CinCensusImportStage
{
    Reading,
    Checking,
    Saving,
}
