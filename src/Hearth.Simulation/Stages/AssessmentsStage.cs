using Hearth.Domain.Assessments;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Carries out the child and family assessment of each referral that has one: started on the referral date, the child
/// seen, the census factors and the analysis recorded, completed by the worker (saying why when past 45 working days)
/// and authorised by a manager a few days later.
/// </summary>
internal sealed class AssessmentsStage(SimulationSettings settings) : IReferralStage
{
    /// <summary>
    /// Factors at the end of assessment, roughly as the CIN census reports them: parents' mental health and domestic
    /// abuse against a parent each in about a third of assessments, drug and alcohol misuse in about one in six (CIN
    /// census 2023-24, factors identified; from memory, verify in EES).
    /// </summary>
    private static readonly (string Code, double Weight)[] Factors =
    [
        ("4B", 33), ("3B", 30), ("2B", 15), ("1B", 14), ("4A", 14), ("3A", 12), ("3C", 10), ("14A", 8), ("15A", 7), ("10A", 6),
        ("5A", 5), ("11A", 4), ("7A", 3), ("6B", 3),
    ];

    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    /// <summary>Before the birth the worker sees the expectant mother, and the assessment is of the unborn child's needs.</summary>
    internal const string UnbornSeen = "Unborn: the expectant mother was seen";

    public string Name => "Assessments";

    public void Run(FamilyHistory family, PlannedContact contact)
    {
        var today = settings.Today;
        var timescales = Timescales.Standard;
        foreach (var (index, referral, episode) in family.Episodes.Where(e => e.Referral == contact.Referral))
        {
            if (referral.NoFurtherActionBeforeAssessment || !ChildAndFamilyAssessment.CanStart(episode, referral.ReferralDate, [], today).IsAllowed)
            {
                continue;
            }

            var assessment = ChildAndFamilyAssessment.Start(episode, referral.ReferralDate, [], today, FamilyHistory.Change(referral.ReferralDate, "Assessment started"));
            family.Other.Add(assessment);
            var child = family.Children[index];
            var seenOn = Calendar.AddWorkingDays(referral.ReferralDate, family.Dice.Between(1, 7));
            if (seenOn >= today)
            {
                continue;
            }

            var alone = child.DateOfBirth is { } born && born.AddYears(4) <= seenOn;
            var reason = alone ? null : family.Plan.Children[index].IsUnbornOn(seenOn) ? UnbornSeen : "Too young to be seen alone";
            assessment.CanRecordChildSeen(seenOn, alone, reason, today).ThrowIfRefused();
            assessment.RecordChildSeen(seenOn, alone, reason, today, FamilyHistory.Change(seenOn));
            if (referral.AssessmentCompleted is not { } completed)
            {
                continue;
            }

            var outcome = Outcome(referral);
            var factors = FactorsFor(outcome, family.Dice);
            assessment.CanRecordFactors(factors).ThrowIfRefused();
            assessment.RecordFactors(factors, FamilyHistory.Change(completed));
            const string analysis = "Strengths and risks weighed with the family and the professionals who know them.";
            assessment.CanRecordAnalysis(analysis, outcome, null).ThrowIfRefused();
            assessment.RecordAnalysis(analysis, outcome, null, FamilyHistory.Change(completed));
            var late = assessment.WouldBeLateOn(timescales, completed) ? "Waiting for the health visitor's and school's information" : null;
            assessment.CanComplete(completed, late, timescales, today).ThrowIfRefused();
            assessment.Complete(completed, late, timescales, today, FamilyHistory.Change(completed, "Assessment completed"));
            var authorised = Calendar.AddWorkingDays(completed, family.Dice.Between(0, 3));

            // Authorised past the 45 working days (though completed within them), the manager says why.
            var lateAuthorised = late ?? (assessment.WouldBeLateOn(timescales, authorised) ? "Authorised after the manager's leave" : null);
            if (authorised < today)
            {
                assessment.CanAuthorise(Role.TeamManager, authorised, lateAuthorised, timescales, today).ThrowIfRefused();
                assessment.Authorise(Role.TeamManager, authorised, lateAuthorised, timescales, today, FamilyHistory.Change(authorised, "Assessment authorised"));
            }
        }
    }

    private static AssessmentOutcome Outcome(Journeys.PlannedReferral referral) => referral switch
    {
        { StrategyDiscussion: not null } => AssessmentOutcome.StrategyDiscussion,
        { ChildInNeedPlan: not null } => AssessmentOutcome.ChildInNeedPlan,
        { ClosureReason.Code: "RC9" } => AssessmentOutcome.EarlyHelp,
        _ => AssessmentOutcome.NoFurtherAction,
    };

    private static List<AssessmentFactor> FactorsFor(AssessmentOutcome outcome, Dice dice)
    {
        if (outcome == AssessmentOutcome.NoFurtherAction && dice.Chance(0.25))
        {
            return [AssessmentFactor.NoFactorsIdentified];
        }

        var count = dice.Weighted<int>([(1, 35), (2, 35), (3, 20), (4, 10)]);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            codes.Add(dice.Weighted(Factors));
        }

        return [.. codes.Select(AssessmentFactor.Create)];
    }
}
