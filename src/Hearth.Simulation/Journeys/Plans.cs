using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Simulation.Population;

namespace Hearth.Simulation.Journeys;

/// <summary>A family as the simulator plans it, before any record is made.</summary>
internal sealed record PlannedFamily(
    int Number,
    Heritage Heritage,
    string FamilyName,
    Town Town,
    string Street,
    string MotherName,
    DateOnly MotherBorn,
    IReadOnlyList<PlannedChild> Children,
    IReadOnlyList<PlannedContact> Contacts);

/// <summary>A child of the family; <paramref name="Expected"/> is the expected date of birth of a child first known before birth.</summary>
internal sealed record PlannedChild(int Index, string GivenNames, Sex Sex, DateOnly Born, bool HasRecordingError, DateOnly? Expected = null)
{
    /// <summary>Whether the child is not yet born on <paramref name="date"/>.</summary>
    public bool IsUnbornOn(DateOnly date) => Born > date;
}

/// <summary>One contact at the front door, what happens to it, and the referral it leads to.</summary>
internal sealed class PlannedContact
{
    public required DateTimeOffset ReceivedAt { get; init; }

    public required IReadOnlyList<int> Children { get; init; }

    public required ReferralSource Source { get; init; }

    public bool IsDomesticAbuseNotification { get; init; }

    /// <summary>A second contact about the same children before the first is decided: it joins the first one's chain.</summary>
    public DateTimeOffset? ChainedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? ReopenedAt { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public required LevelOfNeed Threshold { get; init; }

    public required ContactOutcome Outcome { get; init; }

    public PlannedReferral? Referral { get; init; }
}

/// <summary>A referral accepted for each child the contact concerns, and the journey that follows it.</summary>
internal sealed record PlannedReferral(
    DateOnly ReferralDate,
    PrimaryNeed PrimaryNeed,
    bool NoFurtherActionBeforeAssessment,
    DateOnly? AssessmentCompleted,
    bool AssessmentLate,
    DateOnly? StrategyDiscussion,
    DateOnly? Section47Started,
    DateOnly? Conference,
    bool ConferenceLate,
    IReadOnlyList<PlannedPlan> ChildProtectionPlans,
    PlannedPlan? ChildInNeedPlan,
    DateOnly? Closed,
    ClosureReason? ClosureReason)
{
    /// <summary>The last day of the episode: its closure, or the simulation's today while it is still open.</summary>
    public DateOnly EndOr(DateOnly today) => Closed ?? today;
}

/// <summary>A child protection or child in need plan: when it started, when it ended (if it has), and the category of abuse.</summary>
internal sealed record PlannedPlan(DateOnly Start, DateOnly? End, string? Category);
