using Hearth.Domain.Audit;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.ChildProtection;

/// <summary>
/// A child protection conference: an initial conference (before birth for an unborn child) that decides whether the
/// child needs a child protection plan, or a review conference of a plan. It belongs to the child's open child in need
/// episode.
/// </summary>
public sealed class ChildProtectionConference : AuditedEntity
{
    private readonly List<ConferenceAttendee> _attendees = [];

    private ChildProtectionConference(
        Guid id, Guid childId, Guid episodeId, ConferenceKind kind, DateOnly heldOn, IEnumerable<ConferenceAttendee> attendees, bool isQuorate, ConferenceOutcome outcome, CategoryOfAbuse? category)
    {
        Id = id;
        ChildId = childId;
        EpisodeId = episodeId;
        Kind = kind;
        HeldOn = heldOn;
        _attendees = [.. attendees];
        IsQuorate = isQuorate;
        Outcome = outcome;
        Category = category;
    }

    private ChildProtectionConference()
    {
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the conference was held in.</summary>
    public Guid EpisodeId { get; private set; }

    /// <summary>The plan the conference started or reviewed; null for an initial conference that decided on no plan.</summary>
    public Guid? PlanId { get; private set; }

    /// <summary>The section 47 enquiry that led to an initial conference, when it is recorded.</summary>
    public Guid? Section47EnquiryId { get; private set; }

    public ConferenceKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public IReadOnlyList<ConferenceAttendee> Attendees => _attendees;

    public bool IsQuorate { get; private set; }

    public ConferenceOutcome Outcome { get; private set; }

    /// <summary>The category of abuse the plan is under after the conference: initial at an initial conference, latest at a review.</summary>
    public CategoryOfAbuse? Category { get; private set; }

    public bool IsInitial => Kind is ConferenceKind.Initial or ConferenceKind.PreBirthInitial;

    public string Title => Kind switch
    {
        ConferenceKind.PreBirthInitial => "Pre-birth initial child protection conference",
        ConferenceKind.Review => "Child protection review conference",
        _ => "Initial child protection conference",
    };

    public static string OutcomeText(ConferenceOutcome outcome) => outcome switch
    {
        ConferenceOutcome.Plan => "Child protection plan",
        ConferenceOutcome.NoPlan => "No child protection plan",
        ConferenceOutcome.ContinuePlan => "Plan continues",
        _ => "Plan ends",
    };

    public static RuleResult CanRecordInitial(
        ChildInNeedEpisode? openEpisode,
        DateOnly heldOn,
        IReadOnlyCollection<ConferenceAttendee> attendees,
        bool isQuorate,
        ConferenceOutcome outcome,
        CategoryOfAbuse? category,
        IEnumerable<ChildProtectionPlan> childsPlans,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(childsPlans);
        if (openEpisode is not { IsOpen: true })
        {
            return RuleResult.Refused("The child has no open child in need episode. Record a referral before recording an initial child protection conference");
        }

        if (childsPlans.Any(p => p.IsOpen))
        {
            return RuleResult.Refused("The child is already the subject of a child protection plan. Record a review conference instead");
        }

        if (outcome is not (ConferenceOutcome.Plan or ConferenceOutcome.NoPlan))
        {
            return RuleResult.Refused("Select whether the child should be the subject of a child protection plan");
        }

        return RuleResult.FirstRefusal(
            CheckMeeting(heldOn, openEpisode.ReferralDate, "referral date", attendees, isQuorate, today),
            outcome == ConferenceOutcome.Plan && category is null ? RuleResult.Refused("Select the initial category of abuse") : RuleResult.Allowed);
    }

    /// <summary>
    /// Records an initial child protection conference, held before birth when the child is unborn. A decision for a plan
    /// starts one with <see cref="ChildProtectionPlan.Start"/>.
    /// </summary>
    public static ChildProtectionConference RecordInitial(
        Guid childId,
        bool childIsUnborn,
        ChildInNeedEpisode openEpisode,
        DateOnly heldOn,
        IReadOnlyCollection<ConferenceAttendee> attendees,
        bool isQuorate,
        ConferenceOutcome outcome,
        CategoryOfAbuse? category,
        Guid? section47EnquiryId,
        IEnumerable<ChildProtectionPlan> childsPlans,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(openEpisode);
        ArgumentNullException.ThrowIfNull(context);
        if (openEpisode.ChildId != childId)
        {
            throw new ArgumentException("The episode must be the child's.", nameof(openEpisode));
        }

        CanRecordInitial(openEpisode, heldOn, attendees, isQuorate, outcome, category, childsPlans, today).ThrowIfRefused();
        var conference = new ChildProtectionConference(
            Guid.CreateVersion7(context.Now),
            childId,
            openEpisode.Id,
            childIsUnborn ? ConferenceKind.PreBirthInitial : ConferenceKind.Initial,
            heldOn,
            ConferenceAttendee.Copies(attendees, context.Now),
            isQuorate,
            outcome,
            outcome == ConferenceOutcome.Plan ? category : null)
        {
            Section47EnquiryId = section47EnquiryId,
        };
        conference.RecordChange(
            childId,
            conference.Id,
            $"{conference.Title} recorded",
            context,
            FieldChange.Between<DateOnly?>("Date of conference", null, heldOn),
            FieldChange.Between("Attendees", null, string.Join("; ", conference.Attendees)),
            FieldChange.Between<bool?>("Quorate", null, isQuorate),
            FieldChange.Between("Outcome", null, OutcomeText(outcome)),
            FieldChange.Between("Initial category of abuse", null, conference.Category?.Description),
            FieldChange.Between("Section 47 enquiry", null, section47EnquiryId));
        return conference;
    }

    internal static RuleResult CheckMeeting(DateOnly heldOn, DateOnly notBefore, string notBeforeName, IReadOnlyCollection<ConferenceAttendee> attendees, bool isQuorate, DateOnly today)
    {
        if (heldOn > today)
        {
            return RuleResult.Refused("The date of the conference cannot be in the future");
        }

        if (heldOn < notBefore)
        {
            return RuleResult.Refused($"The date of the conference cannot be before the {notBeforeName}, {DisplayDate.Of(notBefore)}");
        }

        if (attendees.Count == 0)
        {
            return RuleResult.Refused("Add who attended the conference");
        }

        return isQuorate && !ConferenceAttendee.MakeQuorum(attendees)
            ? RuleResult.Refused("The conference was not quorate: it needs the local authority and at least two other agencies")
            : RuleResult.Allowed;
    }

    internal static ChildProtectionConference Review(
        ChildProtectionPlan plan, DateOnly heldOn, IReadOnlyCollection<ConferenceAttendee> attendees, bool isQuorate, ConferenceOutcome outcome, CategoryOfAbuse category, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), plan.ChildId, plan.EpisodeId, ConferenceKind.Review, heldOn, ConferenceAttendee.Copies(attendees, now), isQuorate, outcome, category)
        {
            PlanId = plan.Id,
        };

    internal void StartedPlan(Guid planId) => PlanId = planId;
}
