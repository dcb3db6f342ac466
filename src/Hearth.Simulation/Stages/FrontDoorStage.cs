using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Records each contact at the front door and its decision: a second call before the decision joins the first one's
/// chain, some contacts are closed while information is gathered and reopened, and some decisions are late.
/// </summary>
internal sealed class FrontDoorStage(SimulationSettings settings) : IFamilyStage
{
    private static readonly string[] Referrers = ["Sarah Collins", "PC Mark Dyer", "Jenny Hale", "Dr Ian Pritchard", "Karen Hodges", "Tom Rowe", "Lisa Webb"];

    public string Name => "Front door";

    public void Run(FamilyHistory family)
    {
        var now = settings.Now;
        var recorded = new List<Contact>();
        foreach (var planned in family.Plan.Contacts)
        {
            if (planned.ReceivedAt > now)
            {
                break;
            }

            var childIds = planned.Children.Where(family.Children.ContainsKey).Select(i => family.Children[i].Id).ToList();
            var details = Details(planned, planned.ReceivedAt, childIds, family.Dice);
            Contact.CanRecord(details, planned.ReceivedAt).ThrowIfRefused();
            var contact = Contact.Record(details, recorded, FrontDoorOptions.Default, FamilyHistory.Change(planned.ReceivedAt));
            recorded.Add(contact);
            family.Contacts[planned] = contact;

            Contact? chained = null;
            if (planned.ChainedAt is { } chainedAt && chainedAt <= now)
            {
                var second = Details(planned, chainedAt, childIds, family.Dice) with { Source = ReferralSource.Police, ReferrerName = "PC Dan Hooper", IsDomesticAbuseNotification = false };
                chained = Contact.Record(second, recorded, FrontDoorOptions.Default, FamilyHistory.Change(chainedAt));
                recorded.Add(chained);
                family.ChainedContacts.Add(chained);
            }

            if (planned.ClosedAt is { } closedAt && closedAt <= now)
            {
                const string reason = "Waiting for the school and health visitor to share what they know";
                contact.CanClosePendingInformation(reason).ThrowIfRefused();
                contact.ClosePendingInformation(reason, FamilyHistory.Change(closedAt));
                if (planned.ReopenedAt is { } reopenedAt && reopenedAt <= now)
                {
                    contact.CanReopen().ThrowIfRefused();
                    contact.Reopen(FamilyHistory.Change(reopenedAt, "Information received"));
                }
            }

            if (planned.DecidedAt <= now && contact.Status == ContactStatus.AwaitingDecision)
            {
                var rationale = Rationale(planned.Outcome);
                foreach (var decided in new[] { contact, chained }.OfType<Contact>())
                {
                    decided.CanDecide(planned.Threshold, planned.Outcome, rationale).ThrowIfRefused();
                    decided.Decide(planned.Threshold, planned.Outcome, rationale, FamilyHistory.Change(planned.DecidedAt));
                }
            }

            foreach (var told in new[] { contact, chained }.OfType<Contact>())
            {
                Acknowledge(told, planned, now, family.Dice);
            }
        }
    }

    /// <summary>
    /// Working Together 2023: the referrer is told of receipt within one working day. The worker screening the contact
    /// tells them within hours; a contact whose decision is late (an imperfection) is acknowledged only with the decision.
    /// </summary>
    private static void Acknowledge(Contact contact, PlannedContact planned, DateTimeOffset now, Dice dice)
    {
        if (!contact.HasReferrer)
        {
            return;
        }

        var soon = contact.ReceivedAt.AddMinutes(dice.Between(20, 180));
        // Within a day of receipt is always within a working day, so only later decisions need the clock.
        var decidedLate = contact.DecidedAt is { } decided && decided - contact.ChainReceivedAt > TimeSpan.FromDays(1)
            && contact.DecisionClock(Timescales.Standard, now).IsLate;
        var at = decidedLate || planned.DecidedAt < soon ? planned.DecidedAt : soon;
        at = at < contact.ReceivedAt ? contact.ReceivedAt : at;
        var method = contact.Source == ReferralSource.Police ? AcknowledgementMethod.Email : AcknowledgementMethod.Telephone;
        if (at <= now && contact.CanAcknowledge(at, method, now).IsAllowed)
        {
            contact.Acknowledge(at, method, FamilyHistory.Change(at, "Receipt acknowledged"));
        }
    }

    private static ContactDetails Details(PlannedContact planned, DateTimeOffset received, IReadOnlyList<Guid> childIds, Dice dice) => new(
        received,
        planned.IsDomesticAbuseNotification ? ReferralSource.Police : planned.Source,
        planned.Source == ReferralSource.Anonymous ? null : dice.Pick(Referrers),
        planned.Source == ReferralSource.Anonymous ? null : planned.Source.Description.Split('–', '-')[0].Trim(),
        Concerns(planned, dice),
        childIds,
        planned.IsDomesticAbuseNotification);

    private static string Concerns(PlannedContact planned, Dice dice) => planned.IsDomesticAbuseNotification
        ? dice.Pick(DomesticAbuse)
        : dice.Pick(Worries);

    private static readonly string[] DomesticAbuse =
    [
        "Police attended a verbal argument between the parents at the home overnight; the children were in bed.",
        "Police called to the address after neighbours heard shouting; mother had a visible injury and the children were present.",
        "Father arrested for assault on mother; the children witnessed the incident.",
    ];

    private static readonly string[] Worries =
    [
        "The child came to school hungry again and said there was no food at home.",
        "The child has an unexplained bruise on the upper arm and was reluctant to say how it happened.",
        "Mother has told the health visitor she is struggling to cope and feels very low.",
        "The young person has been missing from home overnight twice this month and was found with older adults.",
        "Attendance has fallen below 70% and the family are not engaging with school.",
        "Neighbours report the children are left alone in the evenings.",
        "Concerns about parental drug use; the home conditions are poor.",
    ];

    private static string Rationale(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.NoFurtherAction => "Single incident, protective factors in place; no role for children's social care.",
        ContactOutcome.InformationAndAdvice => "Advice given to the referrer and signposted to universal services.",
        ContactOutcome.EarlyHelp => "Needs can be met through an early help assessment with the family's consent.",
        ContactOutcome.ReferralToChildrensSocialCare => "Needs meet the threshold for a child and family assessment.",
        _ => "Reasonable cause to suspect significant harm: strategy discussion to be held today.",
    };
}
