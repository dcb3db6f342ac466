using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Makes the child in need plans the journeys call for: an action with who and by when, a contingency, finalised and
/// authorised by a manager, reviewed about every 3 months (the local standard; some reviews late), and ended when the
/// child no longer needs one.
/// </summary>
internal sealed class ChildInNeedPlansStage(SimulationSettings settings) : IReferralStage
{
    private static readonly string[] ReviewActions =
    [
        "School, family and social worker to agree an attendance plan",
        "Family support worker to help the parents set up a bedtime and morning routine",
        "Health visitor to review the child's development and share the outcome",
        "Parents to register with the GP and attend the appointment about their wellbeing",
    ];

    public string Name => "Child in need plans";

    public void Run(FamilyHistory family, PlannedContact contact)
    {
        var today = settings.Today;
        var plans = family.Other.OfType<ChildInNeedPlan>().ToList();
        foreach (var (index, referral, episode) in family.Episodes.Where(e => e.Referral == contact.Referral))
        {
            if (referral.ChildInNeedPlan is not { } planned || planned.Start >= today)
            {
                continue;
            }

            var childsPlans = plans.Where(p => p.ChildId == episode.ChildId).ToList();
            if (!ChildInNeedPlan.CanStart(episode, planned.Start, childsPlans, today).IsAllowed)
            {
                continue;
            }

            var plan = ChildInNeedPlan.Start(episode, planned.Start, childsPlans, today, FamilyHistory.Change(planned.Start, "Child in need plan started"));
            plans.Add(plan);
            family.Other.Add(plan);
            var finalised = planned.Start.AddDays(family.Dice.Between(0, 5));
            if (finalised >= today)
            {
                continue;
            }

            var end = planned.End ?? today;
            var first = plan.AddAction("Parents to attend the parenting programme at the family hub", "Parents and family support worker", planned.Start.AddDays(42), FamilyHistory.Change(finalised));
            Complete(family, plan, first, finalised, end);
            plan.RecordContingency("If attendance and home conditions do not improve, a strategy discussion will be considered.", FamilyHistory.Change(finalised));
            plan.CanFinalise(finalised, today).ThrowIfRefused();
            plan.Finalise(finalised, today, FamilyHistory.Change(finalised, "Plan finalised"));
            var authorised = finalised.AddDays(family.Dice.Between(0, 4));
            if (authorised < today && plan.CanAuthorise(Role.TeamManager, authorised, today).IsAllowed)
            {
                plan.Authorise(Role.TeamManager, authorised, today, FamilyHistory.Change(authorised, "Plan authorised"));
            }

            var review = planned.Start.AddMonths(3).AddDays(family.Dice.Chance(settings.Preset.Rates.Imperfections.MissedVisits) ? family.Dice.Between(5, 40) : -family.Dice.Between(0, 10));
            while (review < end && review < today)
            {
                const string notes = "Progress against the plan reviewed with the family; actions updated.";
                if (plan.CanReview(review, notes, PlanReviewOutcome.Continue, today).IsAllowed)
                {
                    plan.Review(review, notes, PlanReviewOutcome.Continue, today, FamilyHistory.Change(review, "Plan reviewed"));
                    var next = plan.AddAction(family.Dice.Pick(ReviewActions), "Allocated social worker and family", review.AddDays(42), FamilyHistory.Change(review, "Action agreed at the review"));
                    Complete(family, plan, next, review, end);
                }

                review = review.AddMonths(3).AddDays(-family.Dice.Between(0, 10));
            }

            const string reason = "The child's needs are now met without a plan";
            if (planned.End is { } ended && plan.CanEnd(ended, reason, today).IsAllowed)
            {
                plan.End(ended, reason, today, FamilyHistory.Change(ended, reason));
            }
        }
    }

    /// <summary>Marks the action done when the family and professionals did it, if that was before the plan ended and before today.</summary>
    private void Complete(FamilyHistory family, ChildInNeedPlan plan, PlanAction action, DateOnly agreed, DateOnly end)
    {
        var today = settings.Today;
        var done = ActionDates.DoneOn(action.ByWhen!.Value, agreed, family.Dice, settings.Preset.Rates.Imperfections.LatePlanActions);
        if (done < end && done < today && plan.CanCompleteAction(action.Id, done, today).IsAllowed)
        {
            plan.CompleteAction(action.Id, done, today, FamilyHistory.Change(done, "Plan action done"));
        }
    }
}
