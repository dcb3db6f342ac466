using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Recording;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.ChildInNeed;

/// <summary>
/// A child in need plan under section 17 of the Children Act 1989 in one child in need episode: its actions (what, who,
/// by when), a contingency plan for if things do not improve, reviews, and the visits counted against it, from its start
/// to its end. A plan is finalised only with at least one action with an owner and a date, and a contingency plan.
/// </summary>
public sealed class ChildInNeedPlan : AuditedEntity
{
    public const int MaxTextLength = 20000;
    public const int MaxReasonLength = 1000;

    private readonly List<PlanAction> _actions = [];
    private readonly List<PlanReview> _reviews = [];

    private ChildInNeedPlan(Guid id, Guid childId, Guid episodeId, DateOnly startDate)
    {
        Id = id;
        ChildId = childId;
        EpisodeId = episodeId;
        StartDate = startDate;
        Version = id;
    }

    private ChildInNeedPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the plan belongs to.</summary>
    public Guid EpisodeId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>What happens if things do not improve.</summary>
    public string? ContingencyPlan { get; private set; }

    public DateOnly? FinalisedOn { get; private set; }

    public DateOnly? AuthorisedOn { get; private set; }

    public string? AuthorisedByName { get; private set; }

    /// <summary>Changes on every save, so two people changing the same plan cannot both succeed.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<PlanAction> Actions => _actions;

    public IReadOnlyList<PlanReview> Reviews => _reviews;

    public bool IsEnded => EndDate is not null;

    public bool IsFinalised => FinalisedOn is not null;

    /// <summary>The date the review clock counts from: the last review, or the start.</summary>
    public DateOnly ReviewClockStart => _reviews.Count == 0 ? StartDate : _reviews.Max(r => r.ReviewedOn);

    /// <summary>When the next review is due, while the plan is open; null once it has ended.</summary>
    public TimescaleEvaluation? EvaluateReview(Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return IsEnded ? null : timescales.ChildInNeedPlanReview.Evaluate(ReviewClockStart, null, today);
    }

    /// <summary>
    /// The date the visiting clock counts from: the last child in need visit at which the child was seen since the plan
    /// started, or the start.
    /// </summary>
    public DateOnly VisitClockStart(IEnumerable<Visit> childsVisits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(childsVisits);
        return childsVisits
            .Where(v => v.ChildId == ChildId && v.Kind == VisitKind.ChildInNeed && v.ChildSeen && v.VisitedOn >= StartDate && v.VisitedOn <= (EndDate ?? today))
            .Select(v => (DateOnly?)v.VisitedOn)
            .Max() ?? StartDate;
    }

    /// <summary>When the next visit is due, while the plan is open; null once it has ended.</summary>
    public TimescaleEvaluation? EvaluateVisit(Timescales timescales, IEnumerable<Visit> childsVisits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return IsEnded ? null : timescales.ChildInNeedVisit.Evaluate(VisitClockStart(childsVisits, today), null, today);
    }

    public static RuleResult CanStart(ChildInNeedEpisode episode, DateOnly startDate, IEnumerable<ChildInNeedPlan> childsPlans, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(childsPlans);
        if (!episode.IsOpen)
        {
            return RuleResult.Refused("A child in need plan can only start in an open child in need episode");
        }

        if (startDate > today)
        {
            return RuleResult.Refused("The start date cannot be in the future");
        }

        if (startDate < episode.ReferralDate)
        {
            return RuleResult.Refused($"The start date cannot be before the referral date, {DisplayDate.Of(episode.ReferralDate)}");
        }

        return childsPlans.Any(p => p.ChildId == episode.ChildId && !p.IsEnded)
            ? RuleResult.Refused("The child already has a child in need plan that has not ended")
            : RuleResult.Allowed;
    }

    public static ChildInNeedPlan Start(ChildInNeedEpisode episode, DateOnly startDate, IEnumerable<ChildInNeedPlan> childsPlans, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(context);
        CanStart(episode, startDate, childsPlans, today).ThrowIfRefused();
        var plan = new ChildInNeedPlan(Guid.CreateVersion7(context.Now), episode.ChildId, episode.Id, startDate);
        plan.RecordChange(episode.ChildId, plan.Id, "Child in need plan started", context, FieldChange.Between<DateOnly?>("Start date", null, startDate));
        return plan;
    }

    public RuleResult CanAddAction(string? what, string? who, DateOnly? byWhen)
    {
        if (IsEnded)
        {
            return Ended();
        }

        if (string.IsNullOrWhiteSpace(what))
        {
            return RuleResult.Refused("Enter what is to be done");
        }

        if (string.IsNullOrWhiteSpace(who))
        {
            return RuleResult.Refused("Enter who will do it");
        }

        if (byWhen is null)
        {
            return RuleResult.Refused("Enter the date it is to be done by");
        }

        if (byWhen < StartDate)
        {
            return RuleResult.Refused($"The date it is to be done by cannot be before the plan started, {DisplayDate.Of(StartDate)}");
        }

        return RuleResult.FirstRefusal(TooLong(what, PlanAction.MaxWhatLength, "What is to be done"), TooLong(who, PlanAction.MaxWhoLength, "Who will do it"));
    }

    public PlanAction AddAction(string what, string who, DateOnly byWhen, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAddAction(what, who, byWhen).ThrowIfRefused();
        var action = new PlanAction(Guid.CreateVersion7(context.Now), what.Trim(), who.Trim(), byWhen);
        _actions.Add(action);
        Changed(
            "Child in need plan action added",
            context,
            FieldChange.Between("What", null, action.What),
            FieldChange.Between("Who", null, action.Who),
            FieldChange.Between<DateOnly?>("By when", null, byWhen));
        return action;
    }

    public RuleResult CanCompleteAction(Guid actionId, DateOnly completedOn, DateOnly today)
    {
        if (IsEnded)
        {
            return Ended();
        }

        if (_actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return RuleResult.Refused("That action is not part of this plan");
        }

        if (action.IsCompleted)
        {
            return RuleResult.Refused("That action has already been completed");
        }

        if (completedOn > today)
        {
            return RuleResult.Refused("The date the action was completed cannot be in the future");
        }

        return completedOn < StartDate
            ? RuleResult.Refused($"The date the action was completed cannot be before the plan started, {DisplayDate.Of(StartDate)}")
            : RuleResult.Allowed;
    }

    public void CompleteAction(Guid actionId, DateOnly completedOn, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanCompleteAction(actionId, completedOn, today).ThrowIfRefused();
        var action = _actions.Single(a => a.Id == actionId);
        action.Complete(completedOn);
        Changed(
            "Child in need plan action completed",
            context,
            FieldChange.Between("Action", null, action.What),
            FieldChange.Between<DateOnly?>("Completed on", null, completedOn));
    }

    public RuleResult CanRecordContingency(string? contingencyPlan)
    {
        if (IsEnded)
        {
            return Ended();
        }

        return string.IsNullOrWhiteSpace(contingencyPlan)
            ? RuleResult.Refused("Enter the contingency plan: what will happen if things do not improve")
            : TooLong(contingencyPlan, MaxTextLength, "The contingency plan");
    }

    public void RecordContingency(string contingencyPlan, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordContingency(contingencyPlan).ThrowIfRefused();
        var before = ContingencyPlan;
        ContingencyPlan = contingencyPlan.Trim();
        Changed("Child in need plan contingency recorded", context, FieldChange.Between("Contingency plan", before, ContingencyPlan));
    }

    /// <summary>A plan without an owned, dated action and a contingency plan is not a plan (Ofsted's recurring finding).</summary>
    public RuleResult CanFinalise(DateOnly finalisedOn, DateOnly today)
    {
        if (IsEnded)
        {
            return Ended();
        }

        if (IsFinalised)
        {
            return RuleResult.Refused("This plan has already been finalised");
        }

        if (!_actions.Any(a => a.HasOwnerAndDate))
        {
            return RuleResult.Refused("Add at least one action with who will do it and by when before finalising the plan");
        }

        if (string.IsNullOrWhiteSpace(ContingencyPlan))
        {
            return RuleResult.Refused("Record the contingency plan before finalising the plan");
        }

        if (finalisedOn > today)
        {
            return RuleResult.Refused("The date the plan was finalised cannot be in the future");
        }

        return finalisedOn < StartDate
            ? RuleResult.Refused($"The date the plan was finalised cannot be before it started, {DisplayDate.Of(StartDate)}")
            : RuleResult.Allowed;
    }

    public void Finalise(DateOnly finalisedOn, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanFinalise(finalisedOn, today).ThrowIfRefused();
        FinalisedOn = finalisedOn;
        Changed("Child in need plan finalised", context, FieldChange.Between<DateOnly?>("Finalised on", null, finalisedOn));
    }

    public RuleResult CanAuthorise(Role role, DateOnly authorisedOn, DateOnly today)
    {
        if (role != Role.TeamManager)
        {
            return RuleResult.Refused("Only a team manager can authorise a child in need plan");
        }

        if (!IsFinalised)
        {
            return RuleResult.Refused("The plan must be finalised before a manager authorises it");
        }

        if (AuthorisedOn is not null)
        {
            return RuleResult.Refused("This plan has already been authorised");
        }

        if (authorisedOn > today)
        {
            return RuleResult.Refused("The authorisation date cannot be in the future");
        }

        return authorisedOn < FinalisedOn
            ? RuleResult.Refused($"The authorisation date cannot be before the plan was finalised, {DisplayDate.Of(FinalisedOn!.Value)}")
            : RuleResult.Allowed;
    }

    public void Authorise(Role role, DateOnly authorisedOn, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAuthorise(role, authorisedOn, today).ThrowIfRefused();
        AuthorisedOn = authorisedOn;
        AuthorisedByName = context.ActorName;
        Changed("Child in need plan authorised", context, FieldChange.Between<DateOnly?>("Authorised on", null, authorisedOn));
    }

    public RuleResult CanReview(DateOnly reviewedOn, string? notes, PlanReviewOutcome? outcome, DateOnly today)
    {
        if (IsEnded)
        {
            return Ended();
        }

        if (!IsFinalised)
        {
            return RuleResult.Refused("The plan must be finalised before it can be reviewed");
        }

        if (reviewedOn > today)
        {
            return RuleResult.Refused("The review date cannot be in the future");
        }

        if (reviewedOn < ReviewClockStart)
        {
            return RuleResult.Refused($"The review date cannot be before {DisplayDate.Of(ReviewClockStart)}, the plan's start or last review");
        }

        if (string.IsNullOrWhiteSpace(notes))
        {
            return RuleResult.Refused("Enter what the review found");
        }

        return outcome is null || !Enum.IsDefined(outcome.Value)
            ? RuleResult.Refused("Select whether the plan continues or ends")
            : TooLong(notes, PlanReview.MaxNotesLength, "The review notes");
    }

    /// <summary>Records a review; a review that decides to end the plan ends it on the review date.</summary>
    public PlanReview Review(DateOnly reviewedOn, string notes, PlanReviewOutcome outcome, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanReview(reviewedOn, notes, outcome, today).ThrowIfRefused();
        var review = new PlanReview(Guid.CreateVersion7(context.Now), reviewedOn, notes.Trim(), outcome);
        _reviews.Add(review);
        if (outcome == PlanReviewOutcome.End)
        {
            EndDate = reviewedOn;
            EndReason = "Ended at review";
        }

        Changed(
            "Child in need plan reviewed",
            context,
            FieldChange.Between<DateOnly?>("Review date", null, reviewedOn),
            FieldChange.Between("Review notes", null, review.Notes),
            FieldChange.Between("Outcome", null, outcome == PlanReviewOutcome.End ? "Plan ends" : "Plan continues"),
            FieldChange.Between<DateOnly?>("End date", null, EndDate));
        return review;
    }

    public RuleResult CanEnd(DateOnly endDate, string? reason, DateOnly today)
    {
        if (IsEnded)
        {
            return Ended();
        }

        if (endDate > today)
        {
            return RuleResult.Refused("The end date cannot be in the future");
        }

        if (endDate < ReviewClockStart)
        {
            return RuleResult.Refused($"The end date cannot be before {DisplayDate.Of(ReviewClockStart)}, the plan's start or last review");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? RuleResult.Refused("Enter the reason the plan is ending")
            : TooLong(reason, MaxReasonLength, "The reason");
    }

    public void End(DateOnly endDate, string reason, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanEnd(endDate, reason, today).ThrowIfRefused();
        EndDate = endDate;
        EndReason = reason.Trim();
        Changed(
            "Child in need plan ended",
            context,
            FieldChange.Between<DateOnly?>("End date", null, endDate),
            FieldChange.Between("Reason for ending", null, EndReason));
    }

    private static RuleResult Ended() => RuleResult.Refused("This child in need plan has ended");

    private static RuleResult TooLong(string? text, int max, string what) =>
        text is not null && text.Trim().Length > max ? RuleResult.Refused($"{what} must be {max} characters or fewer") : RuleResult.Allowed;

    private void Changed(string summary, ChangeContext context, params FieldChange?[] fields)
    {
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(ChildId, Id, summary, context, fields);
    }
}
