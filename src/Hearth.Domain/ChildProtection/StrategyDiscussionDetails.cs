namespace Hearth.Domain.ChildProtection;

/// <summary>What a strategy discussion's record says, as one multi-agency record.</summary>
/// <param name="HeldAt">When it was held, as an instant.</param>
/// <param name="Participants">Who took part, each for their agency, in the order given.</param>
/// <param name="Contributions">One per agency taking part: what it contributed and whether it agreed with the decision.</param>
/// <param name="Reasons">Why the discussion reached its outcome.</param>
public sealed record StrategyDiscussionDetails(
    DateTimeOffset HeldAt,
    StrategyDiscussionFormat Format,
    IReadOnlyList<StrategyDiscussionParticipant> Participants,
    IReadOnlyList<AgencyContribution> Contributions,
    StrategyDiscussionOutcome Outcome,
    string? Reasons);
