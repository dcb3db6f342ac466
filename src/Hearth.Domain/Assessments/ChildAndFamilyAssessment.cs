using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Assessments;

/// <summary>
/// A child and family assessment under the Children Act 1989 in one child in need episode: when it started, when the
/// child was seen (and seen alone), the census assessment factors, the analysis and outcome, the worker's completion and
/// a team manager's authorisation. Its clock runs from the episode's referral date and stops at authorisation.
/// </summary>
public sealed class ChildAndFamilyAssessment : AuditedEntity
{
    public const int MaxTextLength = 20000;
    public const int MaxNoteLength = 2000;

    private List<AssessmentFactor> _factors = [];

    private ChildAndFamilyAssessment(Guid id, Guid childId, Guid episodeId, DateOnly referralDate, DateOnly startDate)
    {
        Id = id;
        ChildId = childId;
        EpisodeId = episodeId;
        ReferralDate = referralDate;
        StartDate = startDate;
        Status = AssessmentStatus.InProgress;
        Version = id;
    }

    private ChildAndFamilyAssessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the assessment belongs to.</summary>
    public Guid EpisodeId { get; private set; }

    /// <summary>The episode's referral date, where the 45 working days are counted from.</summary>
    public DateOnly ReferralDate { get; private set; }

    /// <summary>The census <c>AssessmentActualStartDate</c>.</summary>
    public DateOnly StartDate { get; private set; }

    public DateOnly? ChildSeenOn { get; private set; }

    public bool ChildSeenAlone { get; private set; }

    /// <summary>Why the child was not seen alone.</summary>
    public string? NotSeenAloneReason { get; private set; }

    /// <summary>The census factors identified at the end of the assessment.</summary>
    public IReadOnlyList<AssessmentFactor> Factors
    {
        get => _factors;
        private set => _factors = [.. value];
    }

    public string? Analysis { get; private set; }

    public AssessmentOutcome? Outcome { get; private set; }

    /// <summary>What "other" outcome, or more about the outcome.</summary>
    public string? OutcomeDetail { get; private set; }

    public AssessmentStatus Status { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? CompletedByName { get; private set; }

    /// <summary>The census <c>AssessmentAuthorisationDate</c>: the day a team manager authorised it, which stops the clock.</summary>
    public DateOnly? AuthorisedOn { get; private set; }

    public string? AuthorisedByName { get; private set; }

    /// <summary>Why the assessment went past 45 working days from the referral.</summary>
    public string? LatenessReason { get; private set; }

    /// <summary>The manager's note when they last returned the assessment to the worker.</summary>
    public string? ReturnNote { get; private set; }

    /// <summary>Changes on every save, so a worker and a manager acting on the same assessment cannot both succeed.</summary>
    public Guid Version { get; private set; }

    public bool IsAuthorised => Status == AssessmentStatus.Authorised;

    /// <summary>How the assessment stands against the 45 working days from the referral, on <paramref name="today"/>.</summary>
    public TimescaleEvaluation Evaluate(Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return timescales.ChildAndFamilyAssessment.Evaluate(ReferralDate, AuthorisedOn, today);
    }

    /// <summary>Whether authorising on <paramref name="on"/> would be past the timescale, so the lateness must be explained.</summary>
    public bool WouldBeLateOn(Timescales timescales, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return timescales.ChildAndFamilyAssessment.Evaluate(ReferralDate, on, on).IsLate;
    }

    public static RuleResult CanStart(ChildInNeedEpisode episode, DateOnly startDate, IEnumerable<ChildAndFamilyAssessment> episodeAssessments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(episodeAssessments);
        if (!episode.IsOpen)
        {
            return RuleResult.Refused("An assessment can only be started in an open child in need episode");
        }

        if (startDate > today)
        {
            return RuleResult.Refused("The start date cannot be in the future");
        }

        if (startDate < episode.ReferralDate)
        {
            return RuleResult.Refused($"The start date cannot be before the referral date, {DisplayDate.Of(episode.ReferralDate)}");
        }

        return episodeAssessments.Any(a => a.EpisodeId == episode.Id && !a.IsAuthorised)
            ? RuleResult.Refused("There is already an assessment in progress in this episode")
            : RuleResult.Allowed;
    }

    /// <summary>Starts an assessment in the child's episode; its clock is the episode's, from the referral.</summary>
    public static ChildAndFamilyAssessment Start(
        ChildInNeedEpisode episode, DateOnly startDate, IEnumerable<ChildAndFamilyAssessment> episodeAssessments, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(context);
        CanStart(episode, startDate, episodeAssessments, today).ThrowIfRefused();
        var assessment = new ChildAndFamilyAssessment(Guid.CreateVersion7(context.Now), episode.ChildId, episode.Id, episode.ReferralDate, startDate);
        assessment.RecordChange(
            episode.ChildId,
            assessment.Id,
            "Child and family assessment started",
            context,
            FieldChange.Between<DateOnly?>("Start date", null, startDate),
            FieldChange.Between<DateOnly?>("Referral date", null, episode.ReferralDate));
        return assessment;
    }

    public RuleResult CanRecordChildSeen(DateOnly seenOn, bool seenAlone, string? notSeenAloneReason, DateOnly today)
    {
        if (Status != AssessmentStatus.InProgress)
        {
            return NotInProgress();
        }

        if (seenOn > today)
        {
            return RuleResult.Refused("The date the child was seen cannot be in the future");
        }

        if (seenOn < ReferralDate)
        {
            return RuleResult.Refused($"The date the child was seen cannot be before the referral date, {DisplayDate.Of(ReferralDate)}");
        }

        if (!seenAlone && string.IsNullOrWhiteSpace(notSeenAloneReason))
        {
            return RuleResult.Refused("Enter why the child was not seen alone");
        }

        return TooLong(notSeenAloneReason, MaxNoteLength, "The reason the child was not seen alone");
    }

    public void RecordChildSeen(DateOnly seenOn, bool seenAlone, string? notSeenAloneReason, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordChildSeen(seenOn, seenAlone, notSeenAloneReason, today).ThrowIfRefused();
        var before = (ChildSeenOn, ChildSeenAlone, NotSeenAloneReason);
        ChildSeenOn = seenOn;
        ChildSeenAlone = seenAlone;
        NotSeenAloneReason = seenAlone ? null : notSeenAloneReason!.Trim();
        Changed(
            "Child seen during the assessment",
            context,
            FieldChange.Between("Child seen on", before.ChildSeenOn, ChildSeenOn),
            FieldChange.Between("Seen alone", before.ChildSeenOn is null ? null : (bool?)before.ChildSeenAlone, ChildSeenAlone),
            FieldChange.Between("Why not seen alone", before.NotSeenAloneReason, NotSeenAloneReason));
    }

    public RuleResult CanRecordFactors(IReadOnlyCollection<AssessmentFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (Status != AssessmentStatus.InProgress)
        {
            return NotInProgress();
        }

        if (factors.Count == 0)
        {
            return RuleResult.Refused("Select the factors identified, or 'No factors identified'");
        }

        return factors.Contains(AssessmentFactor.NoFactorsIdentified) && factors.Count > 1
            ? RuleResult.Refused("'No factors identified' cannot be selected with other factors")
            : RuleResult.Allowed;
    }

    /// <summary>Records the census factors identified, in the census order.</summary>
    public void RecordFactors(IReadOnlyCollection<AssessmentFactor> factors, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordFactors(factors).ThrowIfRefused();
        var before = Codes(_factors);
        _factors = [.. AssessmentFactor.All.Where(factors.Contains)];
        Changed("Assessment factors recorded", context, FieldChange.Between("Assessment factors", before, Codes(_factors)));
    }

    public RuleResult CanRecordAnalysis(string? analysis, AssessmentOutcome? outcome, string? outcomeDetail)
    {
        if (Status != AssessmentStatus.InProgress)
        {
            return NotInProgress();
        }

        if (string.IsNullOrWhiteSpace(analysis))
        {
            return RuleResult.Refused("Enter the analysis");
        }

        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            return RuleResult.Refused("Select the outcome of the assessment");
        }

        if (outcome == AssessmentOutcome.Other && string.IsNullOrWhiteSpace(outcomeDetail))
        {
            return RuleResult.Refused("Enter what the other outcome is");
        }

        return RuleResult.FirstRefusal(TooLong(analysis, MaxTextLength, "The analysis"), TooLong(outcomeDetail, MaxNoteLength, "The outcome detail"));
    }

    public void RecordAnalysis(string analysis, AssessmentOutcome outcome, string? outcomeDetail, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordAnalysis(analysis, outcome, outcomeDetail).ThrowIfRefused();
        var before = (Analysis, Outcome, OutcomeDetail);
        Analysis = analysis.Trim();
        Outcome = outcome;
        OutcomeDetail = string.IsNullOrWhiteSpace(outcomeDetail) ? null : outcomeDetail.Trim();
        Changed(
            "Assessment analysis and outcome recorded",
            context,
            FieldChange.Between("Analysis", before.Analysis, Analysis),
            FieldChange.Between("Outcome", before.Outcome?.DisplayName, Outcome?.DisplayName),
            FieldChange.Between("Outcome detail", before.OutcomeDetail, OutcomeDetail));
    }

    /// <summary>
    /// Whether the worker may complete the assessment on <paramref name="completedOn"/>. An assessment already past its
    /// timescale must say why before it goes to a manager.
    /// </summary>
    public RuleResult CanComplete(DateOnly completedOn, string? latenessReason, Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        if (Status != AssessmentStatus.InProgress)
        {
            return NotInProgress();
        }

        if (ChildSeenOn is null)
        {
            return RuleResult.Refused("Record when the child was seen before completing the assessment");
        }

        if (_factors.Count == 0)
        {
            return RuleResult.Refused("Record the assessment factors before completing the assessment");
        }

        if (Analysis is null || Outcome is null)
        {
            return RuleResult.Refused("Record the analysis and outcome before completing the assessment");
        }

        return CheckDateAndLateness(completedOn, StartDate, "completion", latenessReason, timescales, today);
    }

    public void Complete(DateOnly completedOn, string? latenessReason, Timescales timescales, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanComplete(completedOn, latenessReason, timescales, today).ThrowIfRefused();
        var before = (Status, LatenessReason);
        Status = AssessmentStatus.AwaitingAuthorisation;
        CompletedOn = completedOn;
        CompletedByName = context.ActorName;
        LatenessReason = string.IsNullOrWhiteSpace(latenessReason) ? LatenessReason : latenessReason.Trim();
        Changed(
            "Assessment completed and sent for authorisation",
            context,
            FieldChange.Between("Status", Describe(before.Status), Describe(Status)),
            FieldChange.Between<DateOnly?>("Completed on", null, completedOn),
            FieldChange.Between("Reason for lateness", before.LatenessReason, LatenessReason));
    }

    /// <summary>Only a team manager authorises an assessment (Working Together 2023: managers quality assure assessments).</summary>
    public RuleResult CanAuthorise(Role role, DateOnly authorisedOn, string? latenessReason, Timescales timescales, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return RuleResult.FirstRefusal(
            ManagerOnly(role, "authorise"),
            Status == AssessmentStatus.AwaitingAuthorisation ? RuleResult.Allowed : RuleResult.Refused("Only a completed assessment can be authorised"),
            CheckDateAndLateness(authorisedOn, CompletedOn ?? StartDate, "authorisation", latenessReason, timescales, today));
    }

    public void Authorise(Role role, DateOnly authorisedOn, string? latenessReason, Timescales timescales, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAuthorise(role, authorisedOn, latenessReason, timescales, today).ThrowIfRefused();
        var before = (Status, LatenessReason);
        Status = AssessmentStatus.Authorised;
        AuthorisedOn = authorisedOn;
        AuthorisedByName = context.ActorName;
        ReturnNote = null;
        LatenessReason = string.IsNullOrWhiteSpace(latenessReason) ? LatenessReason : latenessReason.Trim();
        Changed(
            "Assessment authorised",
            context,
            FieldChange.Between("Status", Describe(before.Status), Describe(Status)),
            FieldChange.Between<DateOnly?>("Authorised on", null, authorisedOn),
            FieldChange.Between("Reason for lateness", before.LatenessReason, LatenessReason));
    }

    public RuleResult CanReturn(Role role, string? note)
    {
        if (ManagerOnly(role, "return") is { IsAllowed: false } refused)
        {
            return refused;
        }

        if (Status != AssessmentStatus.AwaitingAuthorisation)
        {
            return RuleResult.Refused("Only an assessment awaiting authorisation can be returned to the worker");
        }

        return string.IsNullOrWhiteSpace(note)
            ? RuleResult.Refused("Enter what the worker needs to do")
            : TooLong(note, MaxNoteLength, "The note");
    }

    /// <summary>Sends the assessment back to the worker with the manager's note; its clock keeps running.</summary>
    public void Return(Role role, string note, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanReturn(role, note).ThrowIfRefused();
        var before = (Status, CompletedOn, ReturnNote);
        Status = AssessmentStatus.InProgress;
        CompletedOn = null;
        CompletedByName = null;
        ReturnNote = note.Trim();
        Changed(
            "Assessment returned to the worker",
            context,
            FieldChange.Between("Status", Describe(before.Status), Describe(Status)),
            FieldChange.Between("Completed on", before.CompletedOn, null),
            FieldChange.Between("Manager's note", before.ReturnNote, ReturnNote));
    }

    public static string Describe(AssessmentStatus status) => status switch
    {
        AssessmentStatus.InProgress => "In progress",
        AssessmentStatus.AwaitingAuthorisation => "Awaiting authorisation",
        AssessmentStatus.Authorised => "Authorised",
        _ => status.ToString(),
    };

    private static RuleResult ManagerOnly(Role role, string verb) =>
        role == Role.TeamManager ? RuleResult.Allowed : RuleResult.Refused($"Only a team manager can {verb} an assessment");

    private static RuleResult NotInProgress() =>
        RuleResult.Refused("This assessment has been completed: a team manager must return it before it can be changed");

    private static RuleResult TooLong(string? text, int max, string what) =>
        text is not null && text.Trim().Length > max ? RuleResult.Refused($"{what} must be {max} characters or fewer") : RuleResult.Allowed;

    private static string Codes(IEnumerable<AssessmentFactor> factors) => string.Join(", ", factors.Select(f => f.Code));

    private RuleResult CheckDateAndLateness(DateOnly on, DateOnly notBefore, string what, string? latenessReason, Timescales timescales, DateOnly today)
    {
        if (on > today)
        {
            return RuleResult.Refused($"The {what} date cannot be in the future");
        }

        if (on < notBefore)
        {
            return RuleResult.Refused($"The {what} date cannot be before {DisplayDate.Of(notBefore)}");
        }

        if (WouldBeLateOn(timescales, on) && string.IsNullOrWhiteSpace(LatenessReason) && string.IsNullOrWhiteSpace(latenessReason))
        {
            return RuleResult.Refused(
                $"This assessment is late: it was due by {DisplayDate.Of(Evaluate(timescales, on).DueDate)}, {timescales.ChildAndFamilyAssessment.Rule} from the referral. Enter the reason it is late");
        }

        return TooLong(latenessReason, MaxNoteLength, "The reason for lateness");
    }

    private void Changed(string summary, ChangeContext context, params FieldChange?[] fields)
    {
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(ChildId, Id, summary, context, fields);
    }
}
