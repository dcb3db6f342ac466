using Hearth.Domain.Audit;

namespace Hearth.Domain.Recording;

/// <summary>
/// A visit to a child: whether they were seen, and seen alone, or why not; their wishes and feelings in their
/// own words; what the worker observed and what they make of it. Visits at which the child was seen stop the
/// visiting clock of the plan the child is on.
/// </summary>
public sealed class Visit : AuditedEntity
{
    public const int MaxTextLength = 20000;
    public const int MaxReasonLength = 2000;

    private Visit(Guid id, Guid childId, VisitKind kind, DateOnly visitedOn, Guid? visitorWorkerId)
    {
        Id = id;
        ChildId = childId;
        Kind = kind;
        VisitedOn = visitedOn;
        VisitorWorkerId = visitorWorkerId;
        Version = id;
    }

    private Visit()
    {
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    public VisitKind Kind { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    /// <summary>The worker who visited, when the visitor is one of the local authority's workers.</summary>
    public Guid? VisitorWorkerId { get; private set; }

    public bool ChildSeen { get; private set; }

    public bool ChildSeenAlone { get; private set; }

    /// <summary>Why the child was not seen, or not seen alone.</summary>
    public string? NotSeenReason { get; private set; }

    /// <summary>The child's wishes and feelings, in their own words.</summary>
    public string? WishesAndFeelings { get; private set; }

    public string? Observations { get; private set; }

    public string? Analysis { get; private set; }

    /// <summary>Changes on every save, so two people correcting the same visit cannot both succeed.</summary>
    public Guid Version { get; private set; }

    public static RuleResult CanRecord(DateOnly visitedOn, bool childSeen, bool childSeenAlone, string? notSeenReason, DateOnly today)
    {
        if (visitedOn > today)
        {
            return RuleResult.Refused("The date of the visit cannot be in the future");
        }

        if (childSeenAlone && !childSeen)
        {
            return RuleResult.Refused("A child cannot be seen alone without being seen");
        }

        return !childSeenAlone && string.IsNullOrWhiteSpace(notSeenReason)
            ? RuleResult.Refused(childSeen ? "Enter why the child was not seen alone" : "Enter why the child was not seen")
            : RuleResult.Allowed;
    }

    /// <summary>Records a visit to the child.</summary>
    public static Visit Record(
        Guid childId,
        VisitKind kind,
        DateOnly visitedOn,
        Guid? visitorWorkerId,
        bool childSeen,
        bool childSeenAlone,
        string? notSeenReason,
        string? wishesAndFeelings,
        string? observations,
        string? analysis,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("A visit must be to a child.", nameof(childId));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "That is not a kind of visit.");
        }

        CanRecord(visitedOn, childSeen, childSeenAlone, notSeenReason, today).ThrowIfRefused();
        var visit = new Visit(Guid.CreateVersion7(context.Now), childId, kind, visitedOn, visitorWorkerId)
        {
            ChildSeen = childSeen,
            ChildSeenAlone = childSeenAlone,
            NotSeenReason = childSeenAlone ? null : Text(notSeenReason, MaxReasonLength, "why the child was not seen"),
            WishesAndFeelings = Text(wishesAndFeelings, MaxTextLength, "the child's wishes and feelings"),
            Observations = Text(observations, MaxTextLength, "the observations"),
            Analysis = Text(analysis, MaxTextLength, "the analysis"),
        };
        visit.RecordChange(
            childId,
            visit.Id,
            "Visit recorded",
            context,
            FieldChange.Between("Kind of visit", null, kind.ToString()),
            FieldChange.Between<DateOnly?>("Date of visit", null, visitedOn),
            FieldChange.Between<bool?>("Child seen", null, childSeen),
            FieldChange.Between<bool?>("Child seen alone", null, childSeenAlone),
            FieldChange.Between("Why not seen", null, visit.NotSeenReason),
            FieldChange.Between("Wishes and feelings", null, visit.WishesAndFeelings),
            FieldChange.Between("Observations", null, visit.Observations),
            FieldChange.Between("Analysis", null, visit.Analysis));
        return visit;
    }

    public RuleResult CanCorrect(
        VisitKind kind,
        DateOnly visitedOn,
        Guid? visitorWorkerId,
        bool childSeen,
        bool childSeenAlone,
        string? notSeenReason,
        string? wishesAndFeelings,
        string? observations,
        string? analysis,
        string? reason,
        DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Enter the reason for the correction");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return RuleResult.Refused($"The reason for the correction must be {MaxReasonLength:N0} characters or fewer");
        }

        var rule = CanRecord(visitedOn, childSeen, childSeenAlone, notSeenReason, today);
        if (!rule.IsAllowed)
        {
            return rule;
        }

        var unchanged = kind == Kind && visitedOn == VisitedOn && visitorWorkerId == VisitorWorkerId && childSeen == ChildSeen
            && childSeenAlone == ChildSeenAlone && Same(childSeenAlone ? null : notSeenReason, NotSeenReason)
            && Same(wishesAndFeelings, WishesAndFeelings) && Same(observations, Observations) && Same(analysis, Analysis);
        return unchanged ? RuleResult.Refused("You have not changed anything. Change the visit, or go back to it") : RuleResult.Allowed;
    }

    /// <summary>
    /// Corrects what was recorded about the visit. The reason for the correction is the change context's reason, and the
    /// values before and after are kept in the visit's history.
    /// </summary>
    public void Correct(
        VisitKind kind,
        DateOnly visitedOn,
        Guid? visitorWorkerId,
        bool childSeen,
        bool childSeenAlone,
        string? notSeenReason,
        string? wishesAndFeelings,
        string? observations,
        string? analysis,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "That is not a kind of visit.");
        }

        CanCorrect(kind, visitedOn, visitorWorkerId, childSeen, childSeenAlone, notSeenReason, wishesAndFeelings, observations, analysis, context.Reason, today)
            .ThrowIfRefused();
        var before = (Kind, VisitedOn, VisitorWorkerId, ChildSeen, ChildSeenAlone, NotSeenReason, WishesAndFeelings, Observations, Analysis);
        Kind = kind;
        VisitedOn = visitedOn;
        VisitorWorkerId = visitorWorkerId;
        ChildSeen = childSeen;
        ChildSeenAlone = childSeenAlone;
        NotSeenReason = childSeenAlone ? null : Text(notSeenReason, MaxReasonLength, "why the child was not seen");
        WishesAndFeelings = Text(wishesAndFeelings, MaxTextLength, "the child's wishes and feelings");
        Observations = Text(observations, MaxTextLength, "the observations");
        Analysis = Text(analysis, MaxTextLength, "the analysis");
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            "Visit corrected",
            context,
            FieldChange.Between("Kind of visit", before.Kind.ToString(), Kind.ToString()),
            FieldChange.Between("Date of visit", before.VisitedOn, VisitedOn),
            FieldChange.Between("Visitor", before.VisitorWorkerId, VisitorWorkerId),
            FieldChange.Between("Child seen", before.ChildSeen, ChildSeen),
            FieldChange.Between("Child seen alone", before.ChildSeenAlone, ChildSeenAlone),
            FieldChange.Between("Why not seen", before.NotSeenReason, NotSeenReason),
            FieldChange.Between("Wishes and feelings", before.WishesAndFeelings, WishesAndFeelings),
            FieldChange.Between("Observations", before.Observations, Observations),
            FieldChange.Between("Analysis", before.Analysis, Analysis));
    }

    private static bool Same(string? typed, string? stored) =>
        string.Equals(string.IsNullOrWhiteSpace(typed) ? null : typed.Trim(), stored, StringComparison.Ordinal);

    private static string? Text(string? value, int maxLength, string what)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return trimmed is { Length: var length } && length > maxLength
            ? throw new DomainRuleException($"Enter {what} in {maxLength:N0} characters or fewer")
            : trimmed;
    }
}
