using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Recording;

namespace Hearth.Domain.ChildProtection;

/// <summary>
/// A child protection plan, from the initial conference that started it to its end: its categories of abuse, its
/// actions and contingency plan, the core group meetings and review conferences that keep it under review, and the
/// clocks they run against.
/// </summary>
public sealed class ChildProtectionPlan : AuditedEntity
{
    public const int MaxContingencyPlanLength = 5000;
    public const int MaxEndNoteLength = 1000;

    private readonly List<ChildProtectionPlanAction> _actions = [];
    private readonly List<ChildProtectionConference> _conferences = [];
    private readonly List<CoreGroupMeeting> _coreGroups = [];

    private ChildProtectionPlan(Guid id, ChildProtectionConference initial, int numberOfPreviousPlans, bool isWithinTwoYearsOfPreviousPlan)
    {
        Id = id;
        ChildId = initial.ChildId;
        EpisodeId = initial.EpisodeId;
        StartDate = initial.HeldOn;
        InitialCategory = initial.Category!;
        LatestCategory = initial.Category!;
        NumberOfPreviousPlans = numberOfPreviousPlans;
        IsWithinTwoYearsOfPreviousPlan = isWithinTwoYearsOfPreviousPlan;
        Version = id;
        _conferences.Add(initial);
    }

    private ChildProtectionPlan()
    {
        InitialCategory = LatestCategory = CategoryOfAbuse.Neglect;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the plan belongs to.</summary>
    public Guid EpisodeId { get; private set; }

    /// <summary>The date of the initial conference that decided on the plan.</summary>
    public DateOnly StartDate { get; private set; }

    public CategoryOfAbuse InitialCategory { get; private set; }

    /// <summary>The category of abuse set by the most recent conference.</summary>
    public CategoryOfAbuse LatestCategory { get; private set; }

    /// <summary>What happens if things do not improve.</summary>
    public string? ContingencyPlan { get; private set; }

    /// <summary>The date the plan was finalised with its actions and contingency plan; null while it is an outline.</summary>
    public DateOnly? FinalisedOn { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public ChildProtectionPlanEndReason? EndReason { get; private set; }

    public string? EndNote { get; private set; }

    /// <summary>How many plans the child had before this one (the census <c>NumberOfPreviousCPP</c>).</summary>
    public int NumberOfPreviousPlans { get; private set; }

    /// <summary>Whether the plan started within two years of the end of a previous plan.</summary>
    public bool IsWithinTwoYearsOfPreviousPlan { get; private set; }

    /// <summary>Changes on every save, so two people changing the same plan cannot both succeed.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<ChildProtectionPlanAction> Actions => _actions;

    /// <summary>The initial conference and the review conferences, in the order they were held.</summary>
    public IReadOnlyList<ChildProtectionConference> Conferences => _conferences;

    public IReadOnlyList<CoreGroupMeeting> CoreGroups => _coreGroups;

    public bool IsOpen => EndDate is null;

    public bool IsFinalised => FinalisedOn is not null;

    /// <summary>Whether this is a second or subsequent plan for the child.</summary>
    public bool IsSecondOrSubsequent => NumberOfPreviousPlans > 0;

    /// <summary>Whether the plan has lasted, or had lasted when it ended, two years or more.</summary>
    public bool LastsTwoYearsOrMore(DateOnly today) => (EndDate ?? today) >= StartDate.AddYears(2);

    public static RuleResult CanStart(ChildProtectionConference initial, IEnumerable<ChildProtectionPlan> childsPlans)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(childsPlans);
        if (!initial.IsInitial || initial.Outcome != ConferenceOutcome.Plan || initial.PlanId is not null)
        {
            return RuleResult.Refused("Only an initial conference that decided on a plan can start a child protection plan");
        }

        return childsPlans.Any(p => p.ChildId == initial.ChildId && p.IsOpen)
            ? RuleResult.Refused("The child is already the subject of a child protection plan")
            : RuleResult.Allowed;
    }

    /// <summary>Starts the plan the initial conference decided on, flagging it against the child's earlier plans.</summary>
    public static ChildProtectionPlan Start(ChildProtectionConference initial, IEnumerable<ChildProtectionPlan> childsPlans, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plans = childsPlans?.ToList() ?? throw new ArgumentNullException(nameof(childsPlans));
        CanStart(initial, plans).ThrowIfRefused();
        var earlier = plans.Where(p => p.ChildId == initial.ChildId && p.StartDate <= initial.HeldOn).ToList();
        var twoYearsBefore = initial.HeldOn.AddYears(-2);
        var plan = new ChildProtectionPlan(
            Guid.CreateVersion7(context.Now),
            initial,
            earlier.Count,
            earlier.Any(p => p.EndDate is { } ended && ended >= twoYearsBefore));
        initial.StartedPlan(plan.Id);
        plan.RecordChange(
            plan.ChildId,
            plan.Id,
            "Child protection plan started",
            context,
            FieldChange.Between<DateOnly?>("Start date", null, plan.StartDate),
            FieldChange.Between("Initial category of abuse", null, plan.InitialCategory.Description),
            FieldChange.Between<int?>("Number of previous plans", null, plan.NumberOfPreviousPlans),
            FieldChange.Between<bool?>("Within two years of a previous plan", null, plan.IsWithinTwoYearsOfPreviousPlan));
        return plan;
    }

    public RuleResult CanAddAction(string? what, string? who, DateOnly? byWhen, DateOnly today)
    {
        if (!IsOpen)
        {
            return RuleResult.Refused("This child protection plan has ended");
        }

        return (what?.Trim(), who?.Trim()) switch
        {
            ({ Length: 0 } or null, _) => RuleResult.Refused("Enter what is to be done"),
            ({ Length: > ChildProtectionPlanAction.MaxWhatLength }, _) => RuleResult.Refused($"Enter what is to be done in {ChildProtectionPlanAction.MaxWhatLength:N0} characters or fewer"),
            (_, { Length: > ChildProtectionPlanAction.MaxWhoLength }) => RuleResult.Refused($"Enter who is to do it in {ChildProtectionPlanAction.MaxWhoLength} characters or fewer"),
            _ when byWhen is { } date && date < StartDate => RuleResult.Refused($"The date it is to be done by cannot be before the plan started, {DisplayDate.Of(StartDate)}"),
            _ => RuleResult.Allowed,
        };
    }

    /// <summary>Adds an action. An action without an owner or a date may be added to an outline plan, but does not let it be finalised.</summary>
    public ChildProtectionPlanAction AddAction(string what, string? who, DateOnly? byWhen, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAddAction(what, who, byWhen, today).ThrowIfRefused();
        var action = new ChildProtectionPlanAction(Guid.CreateVersion7(context.Now), what.Trim(), string.IsNullOrWhiteSpace(who) ? null : who.Trim(), byWhen);
        _actions.Add(action);
        Changed(
            "Action added to the child protection plan",
            context,
            FieldChange.Between("Action", null, action.What),
            FieldChange.Between("Who", null, action.Who),
            FieldChange.Between("By when", null, action.ByWhen));
        return action;
    }

    public RuleResult CanCompleteAction(Guid actionId, DateOnly completedOn, DateOnly today)
    {
        if (_actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return RuleResult.Refused("That action is not part of this plan");
        }

        if (action.IsCompleted)
        {
            return RuleResult.Refused("That action is already completed");
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
        Changed("Child protection plan action completed", context, FieldChange.Between("Action", null, action.What), FieldChange.Between<DateOnly?>("Completed on", null, completedOn));
    }

    public RuleResult CanSetContingencyPlan(string? contingencyPlan)
    {
        if (!IsOpen)
        {
            return RuleResult.Refused("This child protection plan has ended");
        }

        return contingencyPlan?.Trim() switch
        {
            { Length: 0 } or null => RuleResult.Refused("Enter the contingency plan: what happens if things do not improve"),
            { Length: > MaxContingencyPlanLength } => RuleResult.Refused($"Enter the contingency plan in {MaxContingencyPlanLength:N0} characters or fewer"),
            _ => RuleResult.Allowed,
        };
    }

    public void SetContingencyPlan(string contingencyPlan, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanSetContingencyPlan(contingencyPlan).ThrowIfRefused();
        var before = ContingencyPlan;
        ContingencyPlan = contingencyPlan.Trim();
        Changed("Contingency plan set", context, FieldChange.Between("Contingency plan", before, ContingencyPlan));
    }

    /// <summary>
    /// A plan is finalised only with at least one action that says who will do it and by when, and a contingency plan:
    /// inspection finds plans without timescales or contingency too often for either to be left out.
    /// </summary>
    public RuleResult CanFinalise(DateOnly today)
    {
        if (!IsOpen)
        {
            return RuleResult.Refused("This child protection plan has ended");
        }

        if (IsFinalised)
        {
            return RuleResult.Refused("This child protection plan is already finalised");
        }

        if (!_actions.Any(a => a.HasOwnerAndDate))
        {
            return RuleResult.Refused("The plan needs at least one action that says who will do it and by when before it can be finalised");
        }

        return ContingencyPlan is null
            ? RuleResult.Refused("The plan needs a contingency plan before it can be finalised")
            : RuleResult.Allowed;
    }

    public void Finalise(DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanFinalise(today).ThrowIfRefused();
        FinalisedOn = today;
        Changed("Child protection plan finalised", context, FieldChange.Between<DateOnly?>("Finalised on", null, today));
    }

    public RuleResult CanRecordCoreGroup(DateOnly heldOn, IReadOnlyCollection<ConferenceAttendee> attendees, string? notes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        if (!IsOpen)
        {
            return RuleResult.Refused("This child protection plan has ended");
        }

        if (heldOn > today)
        {
            return RuleResult.Refused("The date of the core group meeting cannot be in the future");
        }

        if (heldOn < StartDate)
        {
            return RuleResult.Refused($"The date of the core group meeting cannot be before the plan started, {DisplayDate.Of(StartDate)}");
        }

        if (attendees.Count == 0)
        {
            return RuleResult.Refused("Add who attended the core group meeting");
        }

        return notes?.Trim().Length > CoreGroupMeeting.MaxNotesLength
            ? RuleResult.Refused($"Enter the notes in {CoreGroupMeeting.MaxNotesLength:N0} characters or fewer")
            : RuleResult.Allowed;
    }

    public CoreGroupMeeting RecordCoreGroup(DateOnly heldOn, IReadOnlyCollection<ConferenceAttendee> attendees, string? notes, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordCoreGroup(heldOn, attendees, notes, today).ThrowIfRefused();
        var meeting = new CoreGroupMeeting(
            Guid.CreateVersion7(context.Now), Id, ChildId, heldOn, ConferenceAttendee.Copies(attendees, context.Now), string.IsNullOrWhiteSpace(notes) ? null : notes.Trim());
        _coreGroups.Add(meeting);
        Changed(
            "Core group meeting recorded",
            context,
            FieldChange.Between<DateOnly?>("Date of meeting", null, heldOn),
            FieldChange.Between("Attendees", null, string.Join("; ", meeting.Attendees)),
            FieldChange.Between("Notes", null, meeting.Notes));
        return meeting;
    }

    public RuleResult CanRecordReviewConference(
        DateOnly heldOn, IReadOnlyCollection<ConferenceAttendee> attendees, bool isQuorate, ConferenceOutcome outcome, CategoryOfAbuse? latestCategory, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        if (!IsOpen)
        {
            return RuleResult.Refused("This child protection plan has ended");
        }

        if (outcome is not (ConferenceOutcome.ContinuePlan or ConferenceOutcome.EndPlan))
        {
            return RuleResult.Refused("Select whether the plan continues or ends");
        }

        var previous = _conferences.Max(c => c.HeldOn);
        return RuleResult.FirstRefusal(
            ChildProtectionConference.CheckMeeting(heldOn, StartDate, "start of the plan", attendees, isQuorate, today),
            heldOn <= previous
                ? RuleResult.Refused($"The date of the review conference must be after the last conference, {DisplayDate.Of(previous)}")
                : RuleResult.Allowed,
            outcome == ConferenceOutcome.ContinuePlan && latestCategory is null ? RuleResult.Refused("Select the latest category of abuse") : RuleResult.Allowed);
    }

    /// <summary>Records a review conference; the plan takes its latest category, and ends on its date when it decided so.</summary>
    public ChildProtectionConference RecordReviewConference(
        DateOnly heldOn, IReadOnlyCollection<ConferenceAttendee> attendees, bool isQuorate, ConferenceOutcome outcome, CategoryOfAbuse? latestCategory, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordReviewConference(heldOn, attendees, isQuorate, outcome, latestCategory, today).ThrowIfRefused();
        var category = latestCategory ?? LatestCategory;
        var conference = ChildProtectionConference.Review(this, heldOn, attendees, isQuorate, outcome, category, context.Now);
        _conferences.Add(conference);
        var before = LatestCategory;
        LatestCategory = category;
        Changed(
            "Child protection review conference recorded",
            context,
            FieldChange.Between<DateOnly?>("Date of conference", null, heldOn),
            FieldChange.Between("Attendees", null, string.Join("; ", conference.Attendees)),
            FieldChange.Between<bool?>("Quorate", null, isQuorate),
            FieldChange.Between("Outcome", null, ChildProtectionConference.OutcomeText(outcome)),
            FieldChange.Between("Latest category of abuse", before.Description, category.Description));
        if (outcome == ConferenceOutcome.EndPlan)
        {
            EndWith(heldOn, ChildProtectionPlanEndReason.ReviewConference, null, context);
        }

        return conference;
    }

    public RuleResult CanEnd(DateOnly endDate, ChildProtectionPlanEndReason? reason, string? note, DateOnly today)
    {
        if (!IsOpen)
        {
            return RuleResult.Refused("This child protection plan has already ended");
        }

        if (reason is null || !Enum.IsDefined(reason.Value))
        {
            return RuleResult.Refused("Select why the plan ended");
        }

        if (reason == ChildProtectionPlanEndReason.ReviewConference)
        {
            return RuleResult.Refused("Record the review conference that ended the plan");
        }

        if (endDate > today)
        {
            return RuleResult.Refused("The end date cannot be in the future");
        }

        if (endDate < StartDate)
        {
            return RuleResult.Refused($"The end date cannot be before the plan started, {DisplayDate.Of(StartDate)}");
        }

        return (reason, note?.Trim()) switch
        {
            (ChildProtectionPlanEndReason.Other, { Length: 0 } or null) => RuleResult.Refused("Enter why the plan ended"),
            (_, { Length: > MaxEndNoteLength }) => RuleResult.Refused($"Enter why the plan ended in {MaxEndNoteLength:N0} characters or fewer"),
            _ => RuleResult.Allowed,
        };
    }

    /// <summary>Ends the plan other than by a review conference: the child moved away, became looked after, turned 18 or died.</summary>
    public void End(DateOnly endDate, ChildProtectionPlanEndReason reason, string? note, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanEnd(endDate, reason, note, today).ThrowIfRefused();
        EndWith(endDate, reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), context);
    }

    /// <summary>The first core group within 10 working days of the initial conference, then each within the local interval of the last; null once the plan ends.</summary>
    public TimescaleEvaluation? NextCoreGroup(Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        if (!IsOpen)
        {
            return null;
        }

        return _coreGroups.Count == 0
            ? timescales.FirstCoreGroup.Evaluate(StartDate, null, today)
            : timescales.CoreGroup.Evaluate(_coreGroups.Max(c => c.HeldOn), null, today);
    }

    /// <summary>The first review conference within 3 months of the initial conference, then each within 6 months of the last; null once the plan ends.</summary>
    public TimescaleEvaluation? NextReviewConference(Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        if (!IsOpen)
        {
            return null;
        }

        var reviews = _conferences.Where(c => c.Kind == ConferenceKind.Review).ToList();
        return reviews.Count == 0
            ? timescales.FirstChildProtectionReview.Evaluate(StartDate, null, today)
            : timescales.ChildProtectionReview.Evaluate(reviews.Max(c => c.HeldOn), null, today);
    }

    /// <summary>
    /// The next child protection visit, due within the local interval of the plan's start or of the last child protection
    /// visit during the plan at which the child was seen; null once the plan ends.
    /// </summary>
    public TimescaleEvaluation? NextVisit(Timescales timescales, IEnumerable<Visit> childsVisits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        ArgumentNullException.ThrowIfNull(childsVisits);
        if (!IsOpen)
        {
            return null;
        }

        var from = LastVisitSeen(childsVisits) ?? StartDate;
        return timescales.ChildProtectionVisit.Evaluate(from, null, today);
    }

    /// <summary>The date of the last child protection visit during the plan at which the child was seen.</summary>
    public DateOnly? LastVisitSeen(IEnumerable<Visit> childsVisits)
    {
        ArgumentNullException.ThrowIfNull(childsVisits);
        return childsVisits
            .Where(v => v.ChildId == ChildId && v.Kind == VisitKind.ChildProtection && v.ChildSeen && v.VisitedOn >= StartDate && (EndDate is null || v.VisitedOn <= EndDate))
            .Select(v => (DateOnly?)v.VisitedOn)
            .Max();
    }

    /// <summary>Timescales evaluated for the meetings already held: each core group and review conference against the one before it.</summary>
    public IReadOnlyList<(DateOnly HeldOn, TimescaleEvaluation Evaluation)> MeetingHistory(Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        var history = new List<(DateOnly, TimescaleEvaluation)>();
        var previous = StartDate;
        foreach (var (meeting, index) in _coreGroups.OrderBy(c => c.HeldOn).Select((c, i) => (c, i)))
        {
            history.Add((meeting.HeldOn, (index == 0 ? timescales.FirstCoreGroup : timescales.CoreGroup).Evaluate(previous, meeting.HeldOn, today)));
            previous = meeting.HeldOn;
        }

        previous = StartDate;
        foreach (var (review, index) in _conferences.Where(c => c.Kind == ConferenceKind.Review).OrderBy(c => c.HeldOn).Select((c, i) => (c, i)))
        {
            history.Add((review.HeldOn, (index == 0 ? timescales.FirstChildProtectionReview : timescales.ChildProtectionReview).Evaluate(previous, review.HeldOn, today)));
            previous = review.HeldOn;
        }

        return history;
    }

    public static string EndReasonText(ChildProtectionPlanEndReason reason) => reason switch
    {
        ChildProtectionPlanEndReason.ReviewConference => "A review conference decided the plan should end",
        ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority => "The child moved to another local authority",
        ChildProtectionPlanEndReason.BecameLookedAfter => "The child became looked after",
        ChildProtectionPlanEndReason.ReachedEighteen => "The child reached 18",
        ChildProtectionPlanEndReason.Died => "The child died",
        _ => "Other",
    };

    private void EndWith(DateOnly endDate, ChildProtectionPlanEndReason reason, string? note, ChangeContext context)
    {
        EndDate = endDate;
        EndReason = reason;
        EndNote = note;
        Changed(
            "Child protection plan ended",
            context,
            FieldChange.Between("Status", "Open", "Ended"),
            FieldChange.Between<DateOnly?>("End date", null, endDate),
            FieldChange.Between("Reason the plan ended", null, EndReasonText(reason)),
            FieldChange.Between("Note", null, note));
    }

    private void Changed(string summary, ChangeContext context, params FieldChange?[] fields)
    {
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(ChildId, Id, summary, context, fields);
    }
}
