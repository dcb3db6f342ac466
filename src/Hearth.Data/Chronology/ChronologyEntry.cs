namespace Hearth.Data.Chronology;

/// <summary>One event in a child's chronology, generated from the record it links to or added by a worker.</summary>
public sealed record ChronologyEntry
{
    public required Guid ChildId { get; init; }

    /// <summary>The date the event happened (not the date it was recorded).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The instant, when the event has a time (a contact received), for ordering within a day.</summary>
    public DateTimeOffset? At { get; init; }

    public required ChronologyCategory Category { get; init; }

    /// <summary>What happened, in one line: "Initial child protection conference: plan started (neglect)".</summary>
    public required string What { get; init; }

    /// <summary>More about it, such as the outcome or rationale.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the event is significant for the child: significant events stay in the filtered chronology.</summary>
    public bool IsSignificant { get; init; }

    /// <summary>The page of the record it comes from.</summary>
    public required string Path { get; init; }

    /// <summary>The record it comes from.</summary>
    public required Guid SourceId { get; init; }
}
