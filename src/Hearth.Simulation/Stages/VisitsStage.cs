using Hearth.Domain.Calendar;
using Hearth.Domain.Recording;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Records the visits a child's journey calls for: one during the assessment, one in a section 47 enquiry, then
/// child protection visits every 10 working days and child in need visits every 20 (the local standards in
/// Timescales), with some missed and some where the child was not seen.
/// </summary>
internal sealed class VisitsStage(SimulationSettings settings) : IFamilyStage
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    public string Name => "Visits";

    public void Run(FamilyHistory family)
    {
        var today = settings.Today;
        var imperfections = settings.Preset.Rates.Imperfections;
        foreach (var (index, referral, _) in family.Episodes)
        {
            if (referral.NoFurtherActionBeforeAssessment)
            {
                continue;
            }

            var end = referral.EndOr(today);
            Record(family, index, VisitKind.Assessment, Calendar.AddWorkingDays(referral.ReferralDate, family.Dice.Between(1, 7)), end);
            if (referral.Section47Started is { } section47)
            {
                Record(family, index, VisitKind.Section47Enquiry, Calendar.AddWorkingDays(section47, 1), end);
            }

            foreach (var plan in referral.ChildProtectionPlans)
            {
                Regular(family, index, VisitKind.ChildProtection, plan.Start, plan.End ?? end, 10, imperfections.MissedVisits);
            }

            if (referral.ChildInNeedPlan is { } childInNeed)
            {
                Regular(family, index, VisitKind.ChildInNeed, childInNeed.Start, childInNeed.End ?? end, 20, imperfections.MissedVisits);
            }
        }
    }

    private void Regular(FamilyHistory family, int index, VisitKind kind, DateOnly from, DateOnly to, int everyWorkingDays, double missed)
    {
        var date = Calendar.AddWorkingDays(from, family.Dice.Between(2, Math.Min(everyWorkingDays, 5)));
        while (date <= to && date <= settings.Today)
        {
            Record(family, index, kind, date, to);
            var interval = family.Dice.Chance(missed) ? family.Dice.Between(everyWorkingDays + 3, everyWorkingDays * 2) : family.Dice.Between(everyWorkingDays - 3, everyWorkingDays);
            date = Calendar.AddWorkingDays(date, interval);
        }
    }

    private void Record(FamilyHistory family, int index, VisitKind kind, DateOnly date, DateOnly end)
    {
        var today = settings.Today;
        if (date > end || date >= today)
        {
            return;
        }

        var child = family.Children[index];
        var seen = !family.Dice.Chance(settings.Preset.Rates.Imperfections.ChildNotSeen);
        var old = child.DateOfBirth is { } born && born.AddYears(4) <= date;
        var alone = seen && old && family.Dice.Chance(0.9);
        var notSeenReason = alone ? null
            : !seen ? "No one answered the door; a card was left"
            : old ? "The child wanted their mother present"
            : family.Plan.Children[index].IsUnbornOn(date) ? AssessmentsStage.UnbornSeen
            : "Too young to be seen alone";
        var visitor = family.Allocations.TryGetValue(index, out var allocations) ? allocations.CurrentOn(date)?.WorkerId : null;
        Visit.CanRecord(date, seen, alone, notSeenReason, today).ThrowIfRefused();
        family.Visits.Add(Visit.Record(
            child.Id, kind, date, visitor, seen, alone, notSeenReason,
            seen ? "Said things are better at home and wants to keep seeing their friends." : null,
            "Home conditions adequate; parent engaged with the visit.",
            null,
            today,
            FamilyHistory.Change(FamilyPlanner.At(date, 15 * 60), "Visit recorded")));
    }
}
