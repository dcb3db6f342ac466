using Hearth.Domain.Audit;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.Tests.ChildProtection;

/// <summary>Episodes, decisions and discussions the child protection tests start from: a Monday in November 2026.</summary>
internal static class EnquiryExamples
{
    public static readonly DateOnly Today = new(2026, 11, 2);
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    public static ChangeContext By(DateTimeOffset? at = null, string? reason = null) => new(Guid.CreateVersion7(), "Priya Shah", at ?? Now, reason);

    public static ChildInNeedEpisode Episode(DateOnly? referralDate = null, Guid? contactId = null) =>
        ChildInNeedEpisode.Open(
            Guid.CreateVersion7(), referralDate ?? new DateOnly(2026, 10, 1), ReferralSource.Police, PrimaryNeed.AbuseNeglectAndExploitation, contactId, [], Today, By());

    public static ReasonableCauseDecision Decision(ChildInNeedEpisode episode, DateTimeOffset decidedAt) =>
        ReasonableCauseDecision.Record(episode, decidedAt, "Sam Lee, team manager", "Bruising reported by school", [], [], By(decidedAt.AddMinutes(1)));

    public static StrategyDiscussionDetails Details(
        DateTimeOffset heldAt,
        StrategyDiscussionOutcome outcome = StrategyDiscussionOutcome.Section47Enquiry,
        IReadOnlyList<StrategyDiscussionParticipant>? participants = null,
        IReadOnlyList<AgencyContribution>? contributions = null,
        string? reasons = "Injuries unexplained; police to investigate jointly") =>
        new(
            heldAt,
            StrategyDiscussionFormat.Meeting,
            participants ??
            [
                StrategyDiscussionParticipant.Create("Priya Shah", "Social worker", Agency.LocalAuthority),
                StrategyDiscussionParticipant.Create("DC Jo Bloggs", "Child abuse investigation team", Agency.Police),
                StrategyDiscussionParticipant.Create("Dr Ann Hale", "Named GP", Agency.Health),
            ],
            contributions ??
            [
                AgencyContribution.Create(Agency.LocalAuthority, "Two previous referrals"),
                AgencyContribution.Create(Agency.Police, "Domestic incident call-out last month"),
                AgencyContribution.Create(Agency.Health, "Missed immunisations", agreesWithDecision: false, "Would prefer a single-agency enquiry"),
            ],
            outcome,
            reasons);

    public static StrategyDiscussion Discussion(
        ChildInNeedEpisode episode,
        ReasonableCause answering,
        DateTimeOffset heldAt,
        StrategyDiscussionOutcome outcome = StrategyDiscussionOutcome.Section47Enquiry) =>
        StrategyDiscussion.Record(Details(heldAt, outcome), episode, answering, null, [], By(heldAt));

    public static Contact ImmediateStrategyDiscussionContact(Guid childId, DateTimeOffset decidedAt)
    {
        var contact = Contact.Record(
            new ContactDetails(decidedAt.AddHours(-1), ReferralSource.Police, "PC Jo Bloggs", "Police", "Child disclosed an assault", [childId], false),
            [], FrontDoorOptions.Default, By(decidedAt.AddHours(-1)));
        contact.Decide(LevelOfNeed.ChildProtection, ContactOutcome.ImmediateStrategyDiscussion, "Disclosure of physical abuse", By(decidedAt));
        return contact;
    }
}
