namespace Hearth.Domain.ChildInNeed;

/// <summary>A review of a child in need plan: when, what was found and whether the plan continues.</summary>
public sealed class PlanReview
{
    public const int MaxNotesLength = 20000;

    internal PlanReview(Guid id, DateOnly reviewedOn, string notes, PlanReviewOutcome outcome)
    {
        Id = id;
        ReviewedOn = reviewedOn;
        Notes = notes;
        Outcome = outcome;
    }

    private PlanReview()
    {
        Notes = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public string Notes { get; private set; }

    public PlanReviewOutcome Outcome { get; private set; }
}

/// <summary>What a review decided for the plan.</summary>
public enum PlanReviewOutcome
{
    Continue = 1,
    End = 2,
}
