namespace Hearth.Domain.Children;

/// <summary>
/// A warning to anyone visiting the child's home about a risk to their safety. It stays on the
/// record until it is ended, and must be reviewed by its review date.
/// </summary>
public sealed class WorkerSafetyWarning
{
    public const int MaxDescriptionLength = 2000;

    private readonly List<WarningReview> _reviews = [];

    internal WorkerSafetyWarning(WarningType type, string description, DateOnly raisedOn, DateOnly reviewDate, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Type = type;
        Description = description;
        RaisedOn = raisedOn;
        ReviewDate = reviewDate;
    }

    private WorkerSafetyWarning()
    {
        Type = null!;
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public WarningType Type { get; private set; }

    public string Description { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    /// <summary>The date by which the warning must next be reviewed.</summary>
    public DateOnly ReviewDate { get; private set; }

    public IReadOnlyList<WarningReview> Reviews => _reviews;

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsActive => EndedOn is null;

    /// <summary>True for an active warning whose review date has passed.</summary>
    public bool IsOverdueForReview(DateOnly today) => IsActive && today > ReviewDate;

    internal WarningReview Review(DateOnly reviewedOn, WarningReviewOutcome outcome, DateOnly? nextReviewDate, string? note, DateTimeOffset now)
    {
        var review = new WarningReview(reviewedOn, outcome, nextReviewDate, note, now);
        _reviews.Add(review);
        if (outcome == WarningReviewOutcome.End)
        {
            End(reviewedOn, note ?? "Ended at review");
        }
        else
        {
            ReviewDate = nextReviewDate!.Value;
        }

        return review;
    }

    internal void End(DateOnly endedOn, string reason)
    {
        EndedOn = endedOn;
        EndReason = reason;
    }
}

/// <summary>What a review of a worker-safety warning decided.</summary>
public enum WarningReviewOutcome
{
    /// <summary>The warning stays, with a new review date.</summary>
    Continue = 1,

    /// <summary>The risk has gone: the warning ends.</summary>
    End = 2,
}

/// <summary>One review of a worker-safety warning.</summary>
public sealed class WarningReview
{
    internal WarningReview(DateOnly reviewedOn, WarningReviewOutcome outcome, DateOnly? nextReviewDate, string? note, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ReviewedOn = reviewedOn;
        Outcome = outcome;
        NextReviewDate = nextReviewDate;
        Note = note;
    }

    private WarningReview()
    {
    }

    public Guid Id { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public WarningReviewOutcome Outcome { get; private set; }

    /// <summary>The new review date when the warning continues; null when it ends.</summary>
    public DateOnly? NextReviewDate { get; private set; }

    public string? Note { get; private set; }
}
