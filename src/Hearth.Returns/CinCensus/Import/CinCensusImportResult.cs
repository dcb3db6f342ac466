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

    public int Section47EnquiriesAdded { get; init; }

    /// <summary>Section 47 enquiries Hearth already had in the episode with the same start date: left as Hearth has them.</summary>
    public int Section47EnquiriesAlreadyInHearth { get; init; }

    /// <summary>Initial child protection conferences added: one for each conference date and each plan start the file gives.</summary>
    public int InitialConferencesAdded { get; init; }

    public int ChildProtectionPlansAdded { get; init; }

    /// <summary>Child protection plans Hearth already had in the episode with the same start date: left as Hearth has them.</summary>
    public int ChildProtectionPlansAlreadyInHearth { get; init; }

    public int ReviewConferencesAdded { get; init; }

    /// <summary>Review conferences Hearth already had for the plan on the same date.</summary>
    public int ReviewConferencesAlreadyInHearth { get; init; }

    /// <summary>
    /// Section 47 enquiries, child protection plans and review conferences the file has for an episode already in
    /// Hearth that Hearth's episode does not have: left out, because an episode already in Hearth is left as it is.
    /// </summary>
    public int LeftOutOfEpisodesAlreadyInHearth { get; init; }

    /// <summary>True when the import added nothing: every child, episode, enquiry, plan and review in the file was already in Hearth or left out.</summary>
    public bool ChangedNothing => ChildrenAdded == 0 && EpisodesAdded == 0;

    /// <summary>True when the import changed nothing and left nothing out: Hearth already had everything in the file.</summary>
    public bool EverythingAlreadyInHearth => ChangedNothing && LeftOutOfEpisodesAlreadyInHearth == 0;
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
