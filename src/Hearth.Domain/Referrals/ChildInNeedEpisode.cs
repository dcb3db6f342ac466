using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;

namespace Hearth.Domain.Referrals;

/// <summary>
/// One child in need episode of one child, from the referral that opened it to its closure, as the CIN census
/// counts it. A child has at most one open episode at a time.
/// </summary>
public sealed class ChildInNeedEpisode : AuditedEntity
{
    public const int MaxReasonLength = 1000;

    private ChildInNeedEpisode(Guid id, Guid childId, DateOnly referralDate, ReferralSource source, PrimaryNeed primaryNeed, Guid? contactId, bool isReReferral)
    {
        Id = id;
        ChildId = childId;
        ReferralDate = referralDate;
        Source = source;
        PrimaryNeed = primaryNeed;
        ContactId = contactId;
        IsReReferral = isReReferral;
        Version = id;
    }

    private ChildInNeedEpisode()
    {
        Source = ReferralSource.Unknown;
        PrimaryNeed = PrimaryNeed.NotStated;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The date children's social care accepted the referral (the census <c>CINreferralDate</c>).</summary>
    public DateOnly ReferralDate { get; private set; }

    public ReferralSource Source { get; private set; }

    public PrimaryNeed PrimaryNeed { get; private set; }

    /// <summary>The front door contact the referral came from; null for a referral recorded directly.</summary>
    public Guid? ContactId { get; private set; }

    /// <summary>Whether the child had another referral within the 12 months before this one (the census re-referral).</summary>
    public bool IsReReferral { get; private set; }

    /// <summary>Whether the referral ended in no further action (the census <c>ReferralNFA</c>).</summary>
    public bool IsReferralNoFurtherAction { get; private set; }

    public DateOnly? ClosureDate { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    /// <summary>Changes on every save, so two people closing or reopening the same episode cannot both succeed.</summary>
    public Guid Version { get; private set; }

    public bool IsOpen => ClosureDate is null;

    /// <summary>
    /// Whether a referral on <paramref name="referralDate"/> is a re-referral: the CIN census counts one when the child
    /// had an earlier referral on or after the same date 12 months before.
    /// </summary>
    public static bool IsWithinTwelveMonthsOfEarlierReferral(DateOnly referralDate, IEnumerable<ChildInNeedEpisode> earlierEpisodes)
    {
        ArgumentNullException.ThrowIfNull(earlierEpisodes);
        var from = referralDate.AddMonths(-12);
        return earlierEpisodes.Any(e => e.ReferralDate >= from && e.ReferralDate <= referralDate);
    }

    public static RuleResult CanOpen(DateOnly referralDate, IEnumerable<ChildInNeedEpisode> childsEpisodes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(childsEpisodes);
        if (referralDate > today)
        {
            return RuleResult.Refused("The referral date cannot be in the future");
        }

        return childsEpisodes.Any(e => e.IsOpen)
            ? RuleResult.Refused("The child already has an open child in need episode. Close it before recording a new referral")
            : RuleResult.Allowed;
    }

    /// <summary>Opens an episode for a referral of <paramref name="childId"/>, marking it a re-referral when the census says so.</summary>
    /// <param name="childsEpisodes">Every episode the child already has, open or closed.</param>
    public static ChildInNeedEpisode Open(
        Guid childId,
        DateOnly referralDate,
        ReferralSource source,
        PrimaryNeed primaryNeed,
        Guid? contactId,
        IEnumerable<ChildInNeedEpisode> childsEpisodes,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(primaryNeed);
        ArgumentNullException.ThrowIfNull(context);
        var earlier = childsEpisodes?.Where(e => e.ChildId == childId).ToList() ?? throw new ArgumentNullException(nameof(childsEpisodes));
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("An episode must be for a child.", nameof(childId));
        }

        CanOpen(referralDate, earlier, today).ThrowIfRefused();
        var episode = new ChildInNeedEpisode(
            Guid.CreateVersion7(context.Now), childId, referralDate, source, primaryNeed, contactId, IsWithinTwelveMonthsOfEarlierReferral(referralDate, earlier));
        episode.RecordChange(
            childId,
            episode.Id,
            episode.IsReReferral ? "Referral recorded (re-referral within 12 months)" : "Referral recorded",
            context,
            FieldChange.Between<DateOnly?>("Referral date", null, referralDate),
            FieldChange.Between("Referral source", null, source.Description),
            FieldChange.Between("Primary need", null, primaryNeed.Description),
            FieldChange.Between("From contact", null, contactId),
            FieldChange.Between<bool?>("Re-referral within 12 months", null, episode.IsReReferral));
        return episode;
    }

    /// <summary>Whether the episode can close on <paramref name="closureDate"/>.</summary>
    /// <param name="openPlans">The plans in the episode that have not ended, in words ("the child protection plan"): an episode closes only when its plans have ended.</param>
    public RuleResult CanClose(DateOnly closureDate, ClosureReason? reason, IReadOnlyCollection<string> openPlans, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(openPlans);
        if (!IsOpen)
        {
            return RuleResult.Refused("This child in need episode is already closed");
        }

        if (openPlans.Count > 0)
        {
            return RuleResult.Refused($"End {string.Join(" and ", openPlans)} first: an episode can only close when its plans have ended");
        }

        if (closureDate > today)
        {
            return RuleResult.Refused("The closure date cannot be in the future");
        }

        if (closureDate < ReferralDate)
        {
            return RuleResult.Refused($"The closure date cannot be before the referral date, {DisplayDate.Of(ReferralDate)}");
        }

        return reason is null ? RuleResult.Refused("Select the reason the episode closed") : RuleResult.Allowed;
    }

    /// <summary>Closes the episode with the census reason for closure.</summary>
    public void Close(DateOnly closureDate, ClosureReason reason, IReadOnlyCollection<string> openPlans, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanClose(closureDate, reason, openPlans, today).ThrowIfRefused();
        CloseWith(closureDate, reason, noFurtherAction: false, "Child in need episode closed", context);
    }

    /// <summary>
    /// Ends the referral with no further action. The census records it as the referral's NFA flag with the episode
    /// closed for reason RC8, "Case closed after assessment, no further action".
    /// </summary>
    public void EndWithNoFurtherAction(DateOnly closureDate, IReadOnlyCollection<string> openPlans, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanClose(closureDate, ClosureReason.NoFurtherActionAfterAssessment, openPlans, today).ThrowIfRefused();
        CloseWith(closureDate, ClosureReason.NoFurtherActionAfterAssessment, noFurtherAction: true, "Referral ended with no further action", context);
    }

    public RuleResult CanReopen(string? reason, IEnumerable<ChildInNeedEpisode> childsEpisodes)
    {
        ArgumentNullException.ThrowIfNull(childsEpisodes);
        if (IsOpen)
        {
            return RuleResult.Refused("This child in need episode is already open");
        }

        if (childsEpisodes.Any(e => e.Id != Id && e.ChildId == ChildId && e.IsOpen))
        {
            return RuleResult.Refused("The child already has an open child in need episode. Close it before reopening this one");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Enter the reason for reopening the episode");
        }

        return reason.Trim().Length > MaxReasonLength
            ? RuleResult.Refused($"The reason must be {MaxReasonLength} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Reopens a closed episode. The closure it had stays in the change records.</summary>
    public void Reopen(string reason, IEnumerable<ChildInNeedEpisode> childsEpisodes, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanReopen(reason, childsEpisodes).ThrowIfRefused();
        var closedOn = ClosureDate;
        var closedFor = ClosureReason;
        var wasNoFurtherAction = IsReferralNoFurtherAction;
        ClosureDate = null;
        ClosureReason = null;
        IsReferralNoFurtherAction = false;
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            "Child in need episode reopened",
            context.Reason is null ? new ChangeContext(context.ActorId, context.ActorName, context.Now, reason) : context,
            FieldChange.Between("Status", "Closed", "Open"),
            FieldChange.Between("Closure date", closedOn, null),
            FieldChange.Between("Reason for closure", closedFor?.Description, null),
            FieldChange.Between("Referral no further action", wasNoFurtherAction, false));
    }

    private void CloseWith(DateOnly closureDate, ClosureReason reason, bool noFurtherAction, string summary, ChangeContext context)
    {
        ClosureDate = closureDate;
        ClosureReason = reason;
        IsReferralNoFurtherAction = noFurtherAction;
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            summary,
            context,
            FieldChange.Between("Status", "Open", "Closed"),
            FieldChange.Between<DateOnly?>("Closure date", null, closureDate),
            FieldChange.Between("Reason for closure", null, reason.Description),
            FieldChange.Between("Referral no further action", false, noFurtherAction));
    }
}
