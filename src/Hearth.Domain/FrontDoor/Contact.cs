using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;

namespace Hearth.Domain.FrontDoor;

/// <summary>
/// A contact received by children's social care at the front door, with the decision on the type of response it
/// needs. Its clock runs from the first receipt of its chain: a contact that is closed and reopened keeps its
/// receipt, and one linked to an earlier undecided contact about the same child counts from that contact's receipt.
/// </summary>
public sealed class Contact : AuditedEntity
{
    public const int MaxReferrerLength = 200;
    public const int MaxConcernsLength = 8000;
    public const int MaxRationaleLength = 8000;
    public const int MaxReasonLength = 1000;

    private readonly List<ContactChild> _children = [];

    private Contact(Guid id, ContactDetails details, Contact? chainedTo, ChangeContext context)
    {
        Id = id;
        ReceivedAt = details.ReceivedAt.ToUniversalTime();
        Source = details.Source;
        ReferrerName = Tidy(details.ReferrerName);
        ReferrerAgency = Tidy(details.ReferrerAgency);
        PresentingConcerns = details.PresentingConcerns.Trim();
        IsDomesticAbuseNotification = details.IsDomesticAbuseNotification;
        _children.AddRange(details.ChildIds.Distinct().Select(c => new ContactChild(c)));
        ChainRootId = chainedTo is null ? null : chainedTo.ChainRootId ?? chainedTo.Id;
        ChainReceivedAt = chainedTo?.ChainReceivedAt ?? ReceivedAt;
        Status = ContactStatus.AwaitingDecision;
        RecordedAt = context.Now;
        RecordedById = context.ActorId;
        RecordedByName = context.ActorName;
    }

    private Contact()
    {
        Source = ReferralSource.Unknown;
        PresentingConcerns = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>When children's social care received this contact, in UTC.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public ReferralSource Source { get; private set; }

    public string? ReferrerName { get; private set; }

    public string? ReferrerAgency { get; private set; }

    public string PresentingConcerns { get; private set; }

    public bool IsDomesticAbuseNotification { get; private set; }

    /// <summary>The children the contact is about.</summary>
    public IReadOnlyList<ContactChild> Children => _children;

    /// <summary>The first contact of the chain this one was linked to; null when this contact starts its chain.</summary>
    public Guid? ChainRootId { get; private set; }

    /// <summary>When the chain's first contact was received: every clock on the chain runs from here.</summary>
    public DateTimeOffset ChainReceivedAt { get; private set; }

    public ContactStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>What information is being gathered, while the contact is closed without a decision.</summary>
    public string? ClosedReason { get; private set; }

    public LevelOfNeed? Threshold { get; private set; }

    public ContactOutcome? Outcome { get; private set; }

    public string? Rationale { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    /// <summary>Whether the contact was linked to an earlier one, so its clock started before it was received.</summary>
    public bool IsLinked => ChainRootId is not null;

    /// <summary>The first contact of this contact's chain: itself when it starts the chain.</summary>
    public Guid ChainId => ChainRootId ?? Id;

    /// <summary>Whether the contact still needs a decision: open, or closed while information is gathered.</summary>
    public bool IsUndecided => Status != ContactStatus.Decided;

    /// <summary>Whether a new contact for <paramref name="childId"/> received at <paramref name="receivedAt"/> would join this contact's chain.</summary>
    public bool IsOpenForLinking(Guid childId, DateTimeOffset receivedAt, FrontDoorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsUndecided
            && _children.Any(c => c.ChildId == childId)
            && ReceivedAt <= receivedAt
            && receivedAt - ReceivedAt <= options.LinkWindow;
    }

    /// <summary>The decision clock: due within 1 working day of the chain's first receipt (Working Together 2023).</summary>
    public TimescaleEvaluation DecisionClock(Timescales timescales, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return timescales.ContactDecision.Evaluate(ChainReceivedAt, DecidedAt, now);
    }

    /// <summary>How long the chain has waited for this decision: from its first receipt to the decision, or to now.</summary>
    public TimeSpan TimeWaited(DateTimeOffset now) => (DecidedAt ?? now) - ChainReceivedAt;

    public static RuleResult CanRecord(ContactDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.ReceivedAt > now)
        {
            return RuleResult.Refused("The date and time the contact was received must be in the past");
        }

        if (details.Source is null)
        {
            return RuleResult.Refused("Select the source of the contact");
        }

        if (string.IsNullOrWhiteSpace(details.ReferrerName) && details.Source != ReferralSource.Anonymous)
        {
            return RuleResult.Refused("Enter the referrer's name, or select anonymous as the source");
        }

        if (Tidy(details.ReferrerName)?.Length > MaxReferrerLength || Tidy(details.ReferrerAgency)?.Length > MaxReferrerLength)
        {
            return RuleResult.Refused($"The referrer's name and agency must each be {MaxReferrerLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(details.PresentingConcerns))
        {
            return RuleResult.Refused("Enter the presenting concerns");
        }

        if (details.PresentingConcerns.Trim().Length > MaxConcernsLength)
        {
            return RuleResult.Refused($"The presenting concerns must be {MaxConcernsLength} characters or fewer");
        }

        return details.ChildIds is null || details.ChildIds.Count == 0 || details.ChildIds.Contains(Guid.Empty)
            ? RuleResult.Refused("Enter the LA child ID of each child the contact is about")
            : RuleResult.Allowed;
    }

    /// <summary>
    /// Records a contact. If an earlier contact about one of the same children is still undecided and was received
    /// within the link window, the new contact joins the earliest such chain and its clock runs from that chain's
    /// first receipt, so the time the family has waited is not reset by a second call.
    /// </summary>
    /// <param name="details">What the front door was told.</param>
    /// <param name="earlierContacts">Contacts already recorded for the children named (others are ignored).</param>
    /// <param name="options">The local link window.</param>
    /// <param name="context">Who recorded it, and when.</param>
    public static Contact Record(ContactDetails details, IEnumerable<Contact> earlierContacts, FrontDoorOptions options, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(earlierContacts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        CanRecord(details, context.Now).ThrowIfRefused();

        var receivedAt = details.ReceivedAt.ToUniversalTime();
        var chainedTo = earlierContacts
            .Where(e => details.ChildIds.Any(c => e.IsOpenForLinking(c, receivedAt, options)))
            .OrderBy(e => e.ChainReceivedAt)
            .ThenBy(e => e.ReceivedAt)
            .FirstOrDefault();
        var contact = new Contact(Guid.CreateVersion7(context.Now), details, chainedTo, context);
        var summary = chainedTo is null ? "Contact recorded" : "Contact recorded and linked to an earlier undecided contact";
        foreach (var child in contact._children)
        {
            contact.RecordChange(
                child.ChildId,
                contact.Id,
                summary,
                context,
                FieldChange.Between<DateTimeOffset?>("Received", null, contact.ReceivedAt),
                FieldChange.Between("Source", null, contact.Source.Description),
                FieldChange.Between("Referrer", null, contact.ReferrerName),
                FieldChange.Between("Referrer's agency", null, contact.ReferrerAgency),
                FieldChange.Between("Presenting concerns", null, contact.PresentingConcerns),
                FieldChange.Between<bool?>("Police domestic abuse notification", null, contact.IsDomesticAbuseNotification),
                FieldChange.Between("Linked to contact", null, contact.ChainRootId),
                FieldChange.Between("Status", null, contact.Status.DisplayName));
        }

        return contact;
    }

    public RuleResult CanDecide(LevelOfNeed threshold, ContactOutcome outcome, string? rationale)
    {
        if (Status == ContactStatus.Decided)
        {
            return RuleResult.Refused("A decision has already been recorded on this contact");
        }

        if (!Enum.IsDefined(threshold))
        {
            return RuleResult.Refused("Select the level of need");
        }

        if (!Enum.IsDefined(outcome))
        {
            return RuleResult.Refused("Select the outcome");
        }

        // Working Together 2023: a strategy discussion is held where there is reasonable cause to suspect
        // significant harm, which is the child protection threshold.
        if (outcome == ContactOutcome.ImmediateStrategyDiscussion && threshold != LevelOfNeed.ChildProtection)
        {
            return RuleResult.Refused("An immediate strategy discussion needs the child protection threshold to be met");
        }

        if (outcome == ContactOutcome.ReferralToChildrensSocialCare && threshold is not (LevelOfNeed.ChildInNeed or LevelOfNeed.ChildProtection))
        {
            return RuleResult.Refused("A referral to children's social care needs the child in need or child protection threshold to be met");
        }

        if (string.IsNullOrWhiteSpace(rationale))
        {
            return RuleResult.Refused("Enter the rationale for the decision");
        }

        return rationale.Trim().Length > MaxRationaleLength
            ? RuleResult.Refused($"The rationale must be {MaxRationaleLength} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>
    /// Records the decision on the type of response. Every contact gets one, a police domestic abuse notification
    /// below threshold included; that stops the clock.
    /// </summary>
    public void Decide(LevelOfNeed threshold, ContactOutcome outcome, string rationale, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanDecide(threshold, outcome, rationale).ThrowIfRefused();
        var before = Status;
        Status = ContactStatus.Decided;
        Threshold = threshold;
        Outcome = outcome;
        Rationale = rationale.Trim();
        DecidedAt = context.Now;
        DecidedById = context.ActorId;
        DecidedByName = context.ActorName;
        Record(
            $"Decision recorded: {outcome.DisplayName}",
            context,
            FieldChange.Between("Status", before.DisplayName, Status.DisplayName),
            FieldChange.Between("Level of need", null, threshold.DisplayName),
            FieldChange.Between("Outcome", null, outcome.DisplayName),
            FieldChange.Between("Rationale", null, Rationale),
            FieldChange.Between<DateTimeOffset?>("Decided", null, DecidedAt));
    }

    public RuleResult CanClosePendingInformation(string? reason)
    {
        if (Status != ContactStatus.AwaitingDecision)
        {
            return RuleResult.Refused(Status == ContactStatus.Decided
                ? "A decision has already been recorded on this contact"
                : "This contact is already closed while information is gathered");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Enter what information is being gathered");
        }

        return reason.Trim().Length > MaxReasonLength
            ? RuleResult.Refused($"The information being gathered must be {MaxReasonLength} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Closes the contact without a decision while information is gathered. The clock keeps running.</summary>
    public void ClosePendingInformation(string reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanClosePendingInformation(reason).ThrowIfRefused();
        Status = ContactStatus.ClosedPendingInformation;
        ClosedAt = context.Now;
        ClosedReason = reason.Trim();
        Record(
            "Contact closed while information is gathered",
            context,
            FieldChange.Between("Status", ContactStatus.AwaitingDecision.DisplayName, Status.DisplayName),
            FieldChange.Between("Information being gathered", null, ClosedReason));
    }

    public RuleResult CanReopen() =>
        Status == ContactStatus.ClosedPendingInformation
            ? RuleResult.Allowed
            : RuleResult.Refused("Only a contact closed while information is gathered can be reopened");

    /// <summary>Reopens a contact closed while information was gathered. It keeps its receipt, so its clock does not restart.</summary>
    public void Reopen(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanReopen().ThrowIfRefused();
        var reason = ClosedReason;
        Status = ContactStatus.AwaitingDecision;
        ClosedAt = null;
        ClosedReason = null;
        Record(
            "Contact reopened",
            context,
            FieldChange.Between("Status", ContactStatus.ClosedPendingInformation.DisplayName, Status.DisplayName),
            FieldChange.Between("Information being gathered", reason, null));
    }

    private void Record(string summary, ChangeContext context, params FieldChange?[] fields)
    {
        foreach (var child in _children)
        {
            RecordChange(child.ChildId, Id, summary, context, fields);
        }
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
