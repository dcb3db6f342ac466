using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// The child protection part of a referral's journey: the multi-agency strategy discussion, the section 47 enquiry
/// with the child seen and its outcome, the initial conference (some later than 15 working days), and the plan with
/// its actions and contingency, core groups (the first within 10 working days, then about every 6 weeks), review
/// conferences (at 3 months, then every 6) and the review that ends it. A plan that restarts is a new initial conference.
/// </summary>
internal sealed class ChildProtectionStage(SimulationSettings settings) : IReferralStage
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    private static readonly IReadOnlyList<ConferenceAttendee> Attendees =
    [
        Attendee("Allocated social worker", "Social worker", ConferenceAgency.LocalAuthority),
        Attendee("DC Sam Hartley", "Police officer", ConferenceAgency.Police),
        Attendee("Jo Pearson", "Health visitor", ConferenceAgency.Health),
        Attendee("Mrs Karen Hodges", "Designated safeguarding lead", ConferenceAgency.Education),
        Attendee("Parent", "Parent", ConferenceAgency.Family),
    ];

    private static readonly string[] ReviewActions =
    [
        "Parents to attend every appointment with the domestic abuse service",
        "Social worker to complete direct work with the child about their wishes and feelings",
        "Parents to keep the home safe and clean, checked at each visit",
        "School to share attendance and any concerns with the social worker weekly",
    ];

    public string Name => "Child protection";

    public void Run(FamilyHistory family, PlannedContact contact)
    {
        var today = settings.Today;
        foreach (var (index, referral, episode) in family.Episodes.Where(e => e.Referral == contact.Referral))
        {
            if (referral.StrategyDiscussion is not { } strategy || strategy >= today)
            {
                continue;
            }

            // Working Together 2023: the strategy discussion answers a decision that there is reasonable cause to suspect
            // significant harm: the front door's, for an immediate discussion, or the manager's on the child's record.
            ReasonableCause cause;
            if (family.Contacts.TryGetValue(contact, out var recorded) && ReasonableCause.FromContact(recorded, episode) is { } fromContact)
            {
                cause = fromContact;
            }
            else
            {
                var decidedAt = FamilyPlanner.At(strategy, 10 * 60);
                const string rationale = "The assessment has found injuries and accounts that do not match: reasonable cause to suspect significant harm.";
                if (!ReasonableCauseDecision.CanRecord(episode, decidedAt, "Team manager", rationale, [], [], decidedAt).IsAllowed)
                {
                    continue;
                }

                var reasonableCause = ReasonableCauseDecision.Record(episode, decidedAt, "Team manager", rationale, [], [], FamilyHistory.Change(decidedAt, "Reasonable cause decided"));
                family.Other.Add(reasonableCause);
                cause = reasonableCause.AsCause();
            }

            var heldAt = FamilyPlanner.At(strategy, 14 * 60);
            if (heldAt < cause.DecidedAt.AddHours(1))
            {
                heldAt = cause.DecidedAt.AddHours(1);
            }

            if (heldAt > settings.Now.AddHours(-2))
            {
                continue;
            }

            var details = new StrategyDiscussionDetails(
                heldAt,
                StrategyDiscussionFormat.Meeting,
                [
                    StrategyDiscussionParticipant.Create("Team manager", "Chair", Agency.LocalAuthority),
                    StrategyDiscussionParticipant.Create("DC Sam Hartley", "Police officer", Agency.Police),
                    StrategyDiscussionParticipant.Create("Jo Pearson", "Health visitor", Agency.Health),
                ],
                [
                    AgencyContribution.Create(Agency.LocalAuthority, "History of referrals and the family's engagement shared."),
                    AgencyContribution.Create(Agency.Police, "Police checks: one domestic incident recorded this year."),
                    AgencyContribution.Create(Agency.Health, "Health visitor has seen the children; development on track."),
                ],
                referral.Section47Started is null ? StrategyDiscussionOutcome.NoSection47Enquiry : StrategyDiscussionOutcome.Section47Enquiry,
                "Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm.");
            var at = FamilyHistory.Change(heldAt.AddHours(1), "Strategy discussion recorded");
            StrategyDiscussion.CanRecord(details, episode, cause, null, [], at.Now).ThrowIfRefused();
            var discussion = StrategyDiscussion.Record(details, episode, cause, null, [], at);
            family.Other.Add(discussion);
            if (referral.Section47Started is null)
            {
                continue;
            }

            var enquiry = Section47Enquiry.Start(discussion, episode, [], Timescales.Standard, at);
            family.Other.Add(enquiry);
            var seenOn = Calendar.AddWorkingDays(strategy, 1);
            var child = family.Children[index];
            var alone = child.DateOfBirth is { } born && born.AddYears(4) <= seenOn;
            var notAlone = alone ? null : family.Plan.Children[index].IsUnbornOn(seenOn) ? AssessmentsStage.UnbornSeen : "Too young to be seen alone";
            if (seenOn >= today || !enquiry.CanRecordChildSeen(true, seenOn, alone, notAlone, today).IsAllowed)
            {
                continue;
            }

            enquiry.RecordChildSeen(true, seenOn, alone, notAlone, today, FamilyHistory.Change(seenOn));
            var conferenceOn = referral.Conference;
            var outcome = conferenceOn is not null ? Section47Outcome.InitialChildProtectionConference
                : referral.ChildInNeedPlan is not null ? Section47Outcome.ChildInNeedPlan
                : Section47Outcome.NoFurtherAction;
            var completed = conferenceOn is { } icpc ? Calendar.AddWorkingDays(icpc, -2) : Calendar.AddWorkingDays(strategy, family.Dice.Between(5, 15));
            completed = completed < seenOn ? seenOn : completed;
            const string reasons = "Findings of the enquiry shared with the family and the agencies.";
            if (completed >= today || !enquiry.CanRecordOutcome(outcome == Section47Outcome.InitialChildProtectionConference, outcome, reasons, completed, today).IsAllowed)
            {
                continue;
            }

            enquiry.RecordOutcome(outcome == Section47Outcome.InitialChildProtectionConference, outcome, reasons, completed, today, FamilyHistory.Change(completed));
            if (conferenceOn is not { } held || held >= today)
            {
                continue;
            }

            var plans = family.Other.OfType<ChildProtectionPlan>().Where(p => p.ChildId == episode.ChildId).ToList();
            var planned = referral.ChildProtectionPlans;
            var decision = planned.Count > 0 ? ConferenceOutcome.Plan : ConferenceOutcome.NoPlan;
            var category = planned.Count > 0 ? Category(planned[0].Category!) : null;
            var conference = ChildProtectionConference.RecordInitial(
                episode.ChildId, family.Plan.Children[index].IsUnbornOn(held), episode, held, Attendees, true, decision, category, enquiry.Id, plans, today, FamilyHistory.Change(held, "Initial conference recorded"));
            family.Other.Add(conference);
            enquiry.RecordInitialConferenceHeld(held, conference.Id, FamilyHistory.Change(held));
            if (decision == ConferenceOutcome.Plan)
            {
                RunPlan(family, conference, planned[0], plans);
                for (var i = 1; i < planned.Count; i++)
                {
                    // A plan ended and restarted within weeks: a new initial conference.
                    var restart = planned[i];
                    var again = ChildProtectionConference.RecordInitial(
                        episode.ChildId, family.Plan.Children[index].IsUnbornOn(restart.Start), episode, restart.Start, Attendees, true, ConferenceOutcome.Plan, category, null,
                        family.Other.OfType<ChildProtectionPlan>().Where(p => p.ChildId == episode.ChildId).ToList(), today, FamilyHistory.Change(restart.Start, "Initial conference recorded"));
                    family.Other.Add(again);
                    RunPlan(family, again, restart, family.Other.OfType<ChildProtectionPlan>().Where(p => p.ChildId == episode.ChildId).ToList());
                }
            }
        }
    }

    private void RunPlan(FamilyHistory family, ChildProtectionConference initial, PlannedPlan planned, IReadOnlyList<ChildProtectionPlan> childsPlans)
    {
        var today = settings.Today;
        var start = FamilyHistory.Change(initial.HeldOn, "Child protection plan started");
        var plan = ChildProtectionPlan.Start(initial, childsPlans, start);
        family.Other.Add(plan);
        var end = planned.End ?? today;
        var first = plan.AddAction("Parents to engage with the substance misuse service", "Parents", initial.HeldOn.AddDays(56), today, start);
        Complete(family, plan, first, initial.HeldOn, end);
        plan.SetContingencyPlan("If the plan's actions are not met, legal advice will be sought about pre-proceedings.", start);
        if (plan.CanFinalise(today).IsAllowed)
        {
            plan.Finalise(today, start);
        }

        var coreGroup = Calendar.AddWorkingDays(initial.HeldOn, family.Dice.Between(5, 10));
        while (coreGroup < end && coreGroup < today)
        {
            if (plan.CanRecordCoreGroup(coreGroup, Attendees, null, today).IsAllowed)
            {
                plan.RecordCoreGroup(coreGroup, Attendees, "Progress against the plan reviewed.", today, FamilyHistory.Change(coreGroup, "Core group recorded"));
            }

            coreGroup = coreGroup.AddDays(family.Dice.Between(35, 45));
        }

        var review = initial.HeldOn.AddMonths(3).AddDays(-family.Dice.Between(0, 7));
        while (review < end && review < today)
        {
            if (plan.CanRecordReviewConference(review, Attendees, true, ConferenceOutcome.ContinuePlan, plan.LatestCategory, today).IsAllowed)
            {
                var change = FamilyHistory.Change(review, "Review conference recorded");
                plan.RecordReviewConference(review, Attendees, true, ConferenceOutcome.ContinuePlan, plan.LatestCategory, today, change);
                var next = plan.AddAction(family.Dice.Pick(ReviewActions), "Allocated social worker and parents", review.AddDays(56), today, change);
                Complete(family, plan, next, review, end);
            }

            review = review.AddMonths(6).AddDays(-family.Dice.Between(0, 10));
        }

        if (planned.End is { } ended && plan.CanRecordReviewConference(ended, Attendees, true, ConferenceOutcome.EndPlan, null, today).IsAllowed)
        {
            plan.RecordReviewConference(ended, Attendees, true, ConferenceOutcome.EndPlan, null, today, FamilyHistory.Change(ended, "Review conference: plan ended"));
        }
    }

    /// <summary>Marks the action done when it was done, if that was before the plan ended and before today.</summary>
    private void Complete(FamilyHistory family, ChildProtectionPlan plan, ChildProtectionPlanAction action, DateOnly agreed, DateOnly end)
    {
        var today = settings.Today;
        var done = ActionDates.DoneOn(action.ByWhen!.Value, agreed, family.Dice, settings.Preset.Rates.Imperfections.LatePlanActions);
        if (done < end && done < today && plan.CanCompleteAction(action.Id, done, today).IsAllowed)
        {
            plan.CompleteAction(action.Id, done, today, FamilyHistory.Change(done, "Plan action done"));
        }
    }

    private static CategoryOfAbuse Category(string category) => category switch
    {
        "Neglect" => CategoryOfAbuse.Neglect,
        "Emotional abuse" => CategoryOfAbuse.EmotionalAbuse,
        "Physical abuse" => CategoryOfAbuse.PhysicalAbuse,
        "Sexual abuse" => CategoryOfAbuse.SexualAbuse,
        _ => CategoryOfAbuse.Multiple,
    };

    private static ConferenceAttendee Attendee(string name, string role, ConferenceAgency agency) =>
        ConferenceAttendee.TryCreate(name, role, agency, out var attendee, out var error) ? attendee : throw new InvalidOperationException(error);
}
