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
    public const int MaxConsentSoughtFromLength = 200;

    /// <summary>The summary of the change that closes a contact while information is gathered.</summary>
    public const string ClosedSummary = "Contact closed while information is gathered";

    /// <summary>The summary of the change that reopens a contact.</summary>
    public const string ReopenedSummary = "Contact reopened";

    private readonly List<ContactChild> _children = [];
    private readonly List<AgencyCheck> _checks = [];

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

    /// <summary>The multi-agency checks requested on this contact, in the order they were requested.</summary>
    public IReadOnlyList<AgencyCheck> Checks => _checks;

    /// <summary>The checks requested and not yet returned.</summary>
    public int OutstandingChecks => _checks.Count(c => c.IsOutstanding);

    /// <summary>When consent to share information was sought, if it was.</summary>
    public DateTimeOffset? ConsentSoughtAt { get; private set; }

    /// <summary>Who consent was sought from, such as a parent.</summary>
    public string? ConsentSoughtFrom { get; private set; }

    /// <summary>The answer on consent; null while none is recorded or the answer is awaited.</summary>
    public ConsentDecision? Consent { get; private set; }

    /// <summary>Why consent was refused or dispensed with.</summary>
    public string? ConsentReason { get; private set; }

    /// <summary>When the referrer was told the contact had been received.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public AcknowledgementMethod? AcknowledgementMethod { get; private set; }

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

    /// <summary>Whether there is a referrer to acknowledge: an anonymous contact has none.</summary>
    public bool HasReferrer => ReferrerName is not null;

    /// <summary>
    /// The acknowledgement clock: receipt acknowledged to the referrer within 1 working day of the chain's first
    /// receipt (Working Together 2023). Null when there is no referrer to acknowledge.
    /// </summary>
    public TimescaleEvaluation? AcknowledgementClock(Timescales timescales, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return HasReferrer ? timescales.ReferrerAcknowledgement.Evaluate(ChainReceivedAt, AcknowledgedAt, now) : null;
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
            ClosedSummary,
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
            ReopenedSummary,
            context,
            FieldChange.Between("Status", ContactStatus.ClosedPendingInformation.DisplayName, Status.DisplayName),
            FieldChange.Between("Information being gathered", reason, null));
    }

    public RuleResult CanRequestCheck(CheckAgency agency, string? otherAgencyName, DateTimeOffset requestedAt, DateTimeOffset now)
    {
        if (Status == ContactStatus.Decided)
        {
            return RuleResult.Refused("A decision has already been recorded on this contact");
        }

        if (!Enum.IsDefined(agency))
        {
            return RuleResult.Refused("Select the agency");
        }

        if (agency == CheckAgency.Other && string.IsNullOrWhiteSpace(otherAgencyName))
        {
            return RuleResult.Refused("Enter the name of the agency");
        }

        if (agency == CheckAgency.Other && otherAgencyName!.Trim().Length > AgencyCheck.MaxAgencyNameLength)
        {
            return RuleResult.Refused($"The name of the agency must be {AgencyCheck.MaxAgencyNameLength} characters or fewer");
        }

        if (requestedAt > now)
        {
            return RuleResult.Refused("The date and time the check was requested must be in the past");
        }

        if (requestedAt < ReceivedAt)
        {
            return RuleResult.Refused("The date and time the check was requested must be after the contact was received");
        }

        var name = agency == CheckAgency.Other ? otherAgencyName!.Trim() : agency.DisplayName;
        return _checks.Any(c => c.IsOutstanding && string.Equals(c.AgencyName, name, StringComparison.OrdinalIgnoreCase))
            ? RuleResult.Refused($"A check with {name} is already outstanding on this contact")
            : RuleResult.Allowed;
    }

    /// <summary>Records that a check was requested from an agency.</summary>
    public AgencyCheck RequestCheck(CheckAgency agency, string? otherAgencyName, DateTimeOffset requestedAt, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRequestCheck(agency, otherAgencyName, requestedAt, context.Now).ThrowIfRefused();
        var check = new AgencyCheck(Guid.CreateVersion7(context.Now), agency, otherAgencyName, requestedAt);
        _checks.Add(check);
        Record(
            $"Check requested from {check.AgencyName}",
            context,
            FieldChange.Between("Agency", null, check.AgencyName),
            FieldChange.Between<DateTimeOffset?>("Check requested", null, check.RequestedAt));
        return check;
    }

    public RuleResult CanRecordCheckReturn(Guid checkId, DateTimeOffset returnedAt, string? response, DateTimeOffset now)
    {
        var check = _checks.SingleOrDefault(c => c.Id == checkId);
        if (check is null)
        {
            return RuleResult.Refused("There is no such check on this contact");
        }

        if (!check.IsOutstanding)
        {
            return RuleResult.Refused($"The check with {check.AgencyName} has already been returned");
        }

        if (returnedAt > now)
        {
            return RuleResult.Refused("The date and time the check was returned must be in the past");
        }

        if (returnedAt < check.RequestedAt)
        {
            return RuleResult.Refused("The date and time the check was returned must be after it was requested");
        }

        if (string.IsNullOrWhiteSpace(response))
        {
            return RuleResult.Refused($"Enter what {check.AgencyName} said");
        }

        return response.Trim().Length > AgencyCheck.MaxResponseLength
            ? RuleResult.Refused($"What the agency said must be {AgencyCheck.MaxResponseLength} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Records what an agency said in reply to a check. A check can be returned after the decision.</summary>
    public void RecordCheckReturn(Guid checkId, DateTimeOffset returnedAt, string response, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordCheckReturn(checkId, returnedAt, response, context.Now).ThrowIfRefused();
        var check = _checks.Single(c => c.Id == checkId);
        check.RecordReturn(returnedAt, response);
        Record(
            $"Check returned by {check.AgencyName}",
            context,
            FieldChange.Between<DateTimeOffset?>("Check returned", null, check.ReturnedAt),
            FieldChange.Between("What the agency said", null, check.Response));
    }

    /// <summary>
    /// Whether consent can be recorded like this. An answer of given or refused needs when and from whom it was
    /// sought; refused and dispensed with need the reason. No answer means consent was sought and is awaited.
    /// </summary>
    public static RuleResult CanRecordConsent(DateTimeOffset? soughtAt, string? soughtFrom, ConsentDecision? decision, string? reason, DateTimeOffset now)
    {
        if (decision is { } d && !Enum.IsDefined(d))
        {
            return RuleResult.Refused("Select whether consent was given, refused or dispensed with");
        }

        var sought = decision != ConsentDecision.DispensedWith;
        if (sought && soughtAt is null)
        {
            return RuleResult.Refused("Enter the date and time consent was sought");
        }

        if (soughtAt > now)
        {
            return RuleResult.Refused("The date and time consent was sought must be in the past");
        }

        if (sought && string.IsNullOrWhiteSpace(soughtFrom))
        {
            return RuleResult.Refused("Enter who consent was sought from");
        }

        if (soughtFrom?.Trim().Length > MaxConsentSoughtFromLength)
        {
            return RuleResult.Refused($"Who consent was sought from must be {MaxConsentSoughtFromLength} characters or fewer");
        }

        if (decision is ConsentDecision.Refused or ConsentDecision.DispensedWith && string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused(decision == ConsentDecision.Refused
                ? "Enter why consent was refused"
                : "Enter why consent was dispensed with");
        }

        return reason?.Trim().Length > MaxReasonLength
            ? RuleResult.Refused($"The reason must be {MaxReasonLength} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Records consent to share information: sought, and given, refused or dispensed with.</summary>
    public void RecordConsent(DateTimeOffset? soughtAt, string? soughtFrom, ConsentDecision? decision, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordConsent(soughtAt, soughtFrom, decision, reason, context.Now).ThrowIfRefused();
        var before = (ConsentSoughtAt, ConsentSoughtFrom, Consent, ConsentReason);
        ConsentSoughtAt = soughtAt?.ToUniversalTime();
        ConsentSoughtFrom = Tidy(soughtFrom);
        Consent = decision;
        ConsentReason = decision is ConsentDecision.Refused or ConsentDecision.DispensedWith ? Tidy(reason) : null;
        Record(
            decision is { } answer ? $"Consent recorded: {answer.DisplayName.ToLowerInvariant()}" : "Consent sought",
            context,
            FieldChange.Between("Consent sought", before.ConsentSoughtAt, ConsentSoughtAt),
            FieldChange.Between("Consent sought from", before.ConsentSoughtFrom, ConsentSoughtFrom),
            FieldChange.Between("Consent", before.Consent?.DisplayName, Consent?.DisplayName),
            FieldChange.Between("Why", before.ConsentReason, ConsentReason));
    }

    public RuleResult CanAcknowledge(DateTimeOffset acknowledgedAt, AcknowledgementMethod method, DateTimeOffset now)
    {
        if (!HasReferrer)
        {
            return RuleResult.Refused("There is no referrer to acknowledge: the contact is anonymous");
        }

        if (AcknowledgedAt is not null)
        {
            return RuleResult.Refused("Receipt has already been acknowledged to the referrer");
        }

        if (!Enum.IsDefined(method))
        {
            return RuleResult.Refused("Select how the referrer was told");
        }

        if (acknowledgedAt > now)
        {
            return RuleResult.Refused("The date and time the referrer was told must be in the past");
        }

        return acknowledgedAt < ReceivedAt
            ? RuleResult.Refused("The date and time the referrer was told must be after the contact was received")
            : RuleResult.Allowed;
    }

    /// <summary>Records that receipt was acknowledged to the referrer, which stops the acknowledgement clock.</summary>
    public void Acknowledge(DateTimeOffset acknowledgedAt, AcknowledgementMethod method, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAcknowledge(acknowledgedAt, method, context.Now).ThrowIfRefused();
        AcknowledgedAt = acknowledgedAt.ToUniversalTime();
        AcknowledgementMethod = method;
        Record(
            "Receipt acknowledged to the referrer",
            context,
            FieldChange.Between<DateTimeOffset?>("Acknowledged", null, AcknowledgedAt),
            FieldChange.Between("How", null, method.DisplayName));
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
