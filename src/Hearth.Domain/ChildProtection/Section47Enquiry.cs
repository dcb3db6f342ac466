using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.ChildProtection;

/// <summary>
/// A section 47 enquiry (Children Act 1989, s47), started by the strategy discussion that decided on it: whether and how
/// the child was seen, its outcome, and the initial child protection conference it may need. The conference is due 15
/// working days from the start, the date of that strategy discussion (the last, if there were several): the children in
/// need census <c>InitialCPCtarget</c>.
/// </summary>
public sealed class Section47Enquiry : AuditedEntity
{
    public const int MaxReasonLength = 2000;
    public const int MaxOutcomeReasonsLength = 8000;

    private Section47Enquiry(Guid id, Guid childId, Guid episodeId, Guid strategyDiscussionId, DateOnly startDate, DateOnly initialConferenceTarget)
    {
        Id = id;
        ChildId = childId;
        EpisodeId = episodeId;
        StrategyDiscussionId = strategyDiscussionId;
        StartDate = startDate;
        InitialConferenceTarget = initialConferenceTarget;
        Version = id;
    }

    private Section47Enquiry()
    {
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the enquiry belongs to.</summary>
    public Guid EpisodeId { get; private set; }

    /// <summary>The strategy discussion that decided on the enquiry.</summary>
    public Guid StrategyDiscussionId { get; private set; }

    /// <summary>The date of the strategy discussion that started the enquiry (the census <c>S47ActualStartDate</c>).</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>
    /// The date the initial child protection conference is due: the start date plus the initial conference timescale,
    /// 15 working days (the census <c>InitialCPCtarget</c>). Set when the enquiry starts; it cannot be reset.
    /// </summary>
    public DateOnly InitialConferenceTarget { get; private set; }

    /// <summary>Whether the child was seen during the enquiry; null until it is recorded.</summary>
    public bool? ChildSeen { get; private set; }

    public DateOnly? ChildSeenOn { get; private set; }

    public bool ChildSeenAlone { get; private set; }

    /// <summary>Why the child was not seen, or not seen alone.</summary>
    public string? NotSeenReason { get; private set; }

    /// <summary>Whether the concerns of significant harm were substantiated; null until the outcome is recorded.</summary>
    public bool? ConcernsSubstantiated { get; private set; }

    public Section47Outcome? Outcome { get; private set; }

    public string? OutcomeReasons { get; private set; }

    /// <summary>The date the enquiry was completed.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The date of the initial child protection conference (the census <c>DateOfInitialCPC</c>), once held.</summary>
    public DateOnly? InitialConferenceHeldOn { get; private set; }

    public Guid? InitialConferenceId { get; private set; }

    /// <summary>Changes on every save, so two people recording on the same enquiry cannot both succeed.</summary>
    public Guid Version { get; private set; }

    public bool HasOutcome => Outcome is not null;

    /// <summary>Whether the outcome needs no initial conference (the census <c>ICPCnotRequired</c>).</summary>
    public bool IsInitialConferenceNotRequired => Outcome is { } outcome && outcome != Section47Outcome.InitialChildProtectionConference;

    /// <summary>Whether the enquiry is still under way, as the census counts it: no conference held yet and none ruled out.</summary>
    public bool IsOngoing => InitialConferenceHeldOn is null && !IsInitialConferenceNotRequired;

    /// <summary>The initial conference clock; null once the outcome says no conference is needed.</summary>
    public TimescaleEvaluation? InitialConferenceClock(Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return IsInitialConferenceNotRequired ? null : timescales.InitialChildProtectionConference.Evaluate(StartDate, InitialConferenceHeldOn, today);
    }

    /// <summary>Whether an enquiry starting on <paramref name="startDate"/> can start on the episode.</summary>
    public static RuleResult CanStart(ChildInNeedEpisode? episode, DateOnly startDate, IEnumerable<Section47Enquiry> episodeEnquiries)
    {
        ArgumentNullException.ThrowIfNull(episodeEnquiries);
        if (episode is not { IsOpen: true })
        {
            return RuleResult.Refused("The child has no open child in need episode. Record a referral first");
        }

        if (startDate < episode.ReferralDate)
        {
            return RuleResult.Refused($"A section 47 enquiry cannot start before the referral date, {DisplayDate.Of(episode.ReferralDate)}");
        }

        return episodeEnquiries.FirstOrDefault(e => e.EpisodeId == episode.Id && e.IsOngoing) is { } ongoing
            ? RuleResult.Refused($"A section 47 enquiry is already under way for this child, started on {DisplayDate.Of(ongoing.StartDate)}. Record its outcome first")
            : RuleResult.Allowed;
    }

    /// <summary>Starts the enquiry a strategy discussion decided on, from the date of that discussion.</summary>
    public static Section47Enquiry Start(
        StrategyDiscussion discussion,
        ChildInNeedEpisode episode,
        IEnumerable<Section47Enquiry> episodeEnquiries,
        Timescales timescales,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(timescales);
        ArgumentNullException.ThrowIfNull(context);
        var enquiries = episodeEnquiries?.ToList() ?? throw new ArgumentNullException(nameof(episodeEnquiries));
        if (discussion.Outcome != StrategyDiscussionOutcome.Section47Enquiry || discussion.EpisodeId != episode.Id)
        {
            throw new DomainRuleException("A section 47 enquiry starts from a strategy discussion on the episode that decided on one");
        }

        if (enquiries.Any(e => e.StrategyDiscussionId == discussion.Id))
        {
            throw new DomainRuleException("A section 47 enquiry has already started from this strategy discussion");
        }

        var startDate = discussion.HeldOn;
        CanStart(episode, startDate, enquiries).ThrowIfRefused();
        var timescale = timescales.InitialChildProtectionConference;
        var target = timescale.Evaluate(startDate, null, startDate).DueDate;
        var enquiry = new Section47Enquiry(Guid.CreateVersion7(context.Now), episode.ChildId, episode.Id, discussion.Id, startDate, target);
        enquiry.RecordChange(
            episode.ChildId,
            enquiry.Id,
            "Section 47 enquiry started",
            context,
            FieldChange.Between<DateOnly?>("Start date", null, startDate),
            FieldChange.Between<DateOnly?>("Initial child protection conference due", null, target),
            FieldChange.Between<Guid?>("Strategy discussion", null, discussion.Id));
        return enquiry;
    }

    public RuleResult CanRecordChildSeen(bool seen, DateOnly? seenOn, bool seenAlone, string? reason, DateOnly today)
    {
        if (HasOutcome)
        {
            return RuleResult.Refused("The enquiry's outcome has been recorded, so whether the child was seen can no longer be changed");
        }

        if (seen)
        {
            if (seenOn is not { } date)
            {
                return RuleResult.Refused("Enter the date the child was seen");
            }

            if (date > today)
            {
                return RuleResult.Refused("The date the child was seen cannot be in the future");
            }

            if (date < StartDate)
            {
                return RuleResult.Refused($"The date the child was seen cannot be before the enquiry started, {DisplayDate.Of(StartDate)}");
            }
        }
        else if (seenAlone)
        {
            return RuleResult.Refused("A child cannot be seen alone without being seen");
        }

        if (!seenAlone && string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused(seen ? "Enter why the child was not seen alone" : "Enter why the child was not seen");
        }

        return reason is not null && reason.Trim().Length > MaxReasonLength
            ? RuleResult.Refused($"Enter the reason in {MaxReasonLength:N0} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Records whether the child was seen during the enquiry, when, whether alone, and if not, why not.</summary>
    public void RecordChildSeen(bool seen, DateOnly? seenOn, bool seenAlone, string? reason, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordChildSeen(seen, seenOn, seenAlone, reason, today).ThrowIfRefused();
        var before = (ChildSeen, ChildSeenOn, ChildSeenAlone, NotSeenReason);
        ChildSeen = seen;
        ChildSeenOn = seen ? seenOn : null;
        ChildSeenAlone = seenAlone;
        NotSeenReason = seenAlone ? null : reason!.Trim();
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            seen ? (seenAlone ? "Section 47 enquiry: child seen alone" : "Section 47 enquiry: child seen, not alone") : "Section 47 enquiry: child not seen",
            context,
            FieldChange.Between("Child seen", before.ChildSeen, ChildSeen),
            FieldChange.Between("Date seen", before.ChildSeenOn, ChildSeenOn),
            FieldChange.Between(
                "Child seen alone", before.ChildSeen is null ? null : (bool?)before.ChildSeenAlone, ChildSeenAlone),
            FieldChange.Between("Why not seen", before.NotSeenReason, NotSeenReason));
    }

    public RuleResult CanRecordOutcome(bool? concernsSubstantiated, Section47Outcome? outcome, string? reasons, DateOnly completedOn, DateOnly today)
    {
        if (HasOutcome)
        {
            return RuleResult.Refused("The outcome of this section 47 enquiry has already been recorded");
        }

        if (ChildSeen is null)
        {
            return RuleResult.Refused("Record whether the child was seen before recording the outcome");
        }

        if (completedOn > today)
        {
            return RuleResult.Refused("The completion date cannot be in the future");
        }

        if (completedOn < StartDate)
        {
            return RuleResult.Refused($"The completion date cannot be before the enquiry started, {DisplayDate.Of(StartDate)}");
        }

        if (ChildSeenOn is { } seenOn && completedOn < seenOn)
        {
            return RuleResult.Refused($"The completion date cannot be before the child was seen, {DisplayDate.Of(seenOn)}");
        }

        if (concernsSubstantiated is null)
        {
            return RuleResult.Refused("Select whether the concerns were substantiated");
        }

        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            return RuleResult.Refused("Select the outcome of the enquiry");
        }

        // Working Together 2023: an initial conference follows where concerns are substantiated and the child is judged
        // to be suffering, or likely to suffer, significant harm.
        if (outcome == Section47Outcome.InitialChildProtectionConference && concernsSubstantiated == false)
        {
            return RuleResult.Refused("An initial child protection conference follows only when concerns of significant harm are substantiated");
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            return RuleResult.Refused("Enter the reasons for the outcome");
        }

        return reasons.Trim().Length > MaxOutcomeReasonsLength
            ? RuleResult.Refused($"Enter the reasons for the outcome in {MaxOutcomeReasonsLength:N0} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Records the enquiry's outcome and completion date. An outcome other than a conference ends the initial conference clock.</summary>
    public void RecordOutcome(bool concernsSubstantiated, Section47Outcome outcome, string reasons, DateOnly completedOn, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordOutcome(concernsSubstantiated, outcome, reasons, completedOn, today).ThrowIfRefused();
        ConcernsSubstantiated = concernsSubstantiated;
        Outcome = outcome;
        OutcomeReasons = reasons.Trim();
        CompletedOn = completedOn;
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            $"Section 47 enquiry outcome: {outcome.DisplayName}",
            context,
            FieldChange.Between<bool?>("Concerns substantiated", null, concernsSubstantiated),
            FieldChange.Between("Outcome", null, outcome.DisplayName),
            FieldChange.Between("Reasons for the outcome", null, OutcomeReasons),
            FieldChange.Between<DateOnly?>("Completion date", null, completedOn));
    }

    public RuleResult CanRecordInitialConferenceHeld(DateOnly heldOn, DateOnly today)
    {
        if (InitialConferenceHeldOn is { } held)
        {
            return RuleResult.Refused($"The initial child protection conference for this enquiry has already been recorded, on {DisplayDate.Of(held)}");
        }

        if (Outcome != Section47Outcome.InitialChildProtectionConference)
        {
            return RuleResult.Refused("Record the section 47 enquiry's outcome, that an initial child protection conference is needed, before the conference");
        }

        if (heldOn > today)
        {
            return RuleResult.Refused("The date of the initial child protection conference cannot be in the future");
        }

        return heldOn < StartDate
            ? RuleResult.Refused($"The initial child protection conference cannot be before the section 47 enquiry started, {DisplayDate.Of(StartDate)}")
            : RuleResult.Allowed;
    }

    /// <summary>Stops the initial conference clock: the conference <paramref name="conferenceId"/> was held on <paramref name="heldOn"/>.</summary>
    public void RecordInitialConferenceHeld(DateOnly heldOn, Guid conferenceId, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (conferenceId == Guid.Empty)
        {
            throw new ArgumentException("The conference must be named.", nameof(conferenceId));
        }

        CanRecordInitialConferenceHeld(heldOn, WorkingCalendar.LocalDate(context.Now)).ThrowIfRefused();
        InitialConferenceHeldOn = heldOn;
        InitialConferenceId = conferenceId;
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            "Section 47 enquiry: initial child protection conference held",
            context,
            FieldChange.Between<DateOnly?>("Initial child protection conference held", null, heldOn),
            FieldChange.Between<Guid?>("Initial child protection conference", null, conferenceId));
    }
}
