using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Simulation.Population;

namespace Hearth.Simulation.Journeys;

/// <summary>
/// Plans one family's history with children's services from its first contact to today: contacts and their
/// decisions, referrals and re-referrals, and each referral's journey. The plan is plain data; the stages then make
/// every record through the domain's own methods.
/// </summary>
internal sealed class FamilyPlanner(SimulationSettings settings)
{
    /// <summary>
    /// Referral sources, approximately as the CIN census reports them: police about 29%, schools about 20%, health
    /// about 14%, LA services about 10%, individuals about 8% (CIN census 2024-25 by source; estimate).
    /// </summary>
    private static readonly (ReferralSource Item, double Weight)[] Sources =
    [
        (ReferralSource.Police, 29), (ReferralSource.Schools, 20), (ReferralSource.GeneralPractitioner, 3), (ReferralSource.HealthVisitor, 3),
        (ReferralSource.AccidentAndEmergency, 3), (ReferralSource.OtherHealthServices, 5), (ReferralSource.LocalAuthoritySocialCare, 4),
        (ReferralSource.OtherInternalLocalAuthorityServices, 3), (ReferralSource.EarlyHelp, 3), (ReferralSource.FamilyMemberRelativeOrCarer, 5),
        (ReferralSource.Acquaintance, 2), (ReferralSource.Self, 1), (ReferralSource.Housing, 2), (ReferralSource.OtherLegalAgency, 5),
        (ReferralSource.Other, 7), (ReferralSource.Anonymous, 2), (ReferralSource.EducationServices, 2), (ReferralSource.Unknown, 1),
    ];

    /// <summary>Primary need at referral: abuse or neglect is by far the most common (CIN census; estimate).</summary>
    private static readonly (PrimaryNeed Item, double Weight)[] Needs =
    [
        (PrimaryNeed.AbuseNeglectAndExploitation, 57), (PrimaryNeed.ChildsDisability, 5), (PrimaryNeed.ParentalDisabilityOrIllness, 4),
        (PrimaryNeed.FamilyInAcuteStress, 9), (PrimaryNeed.FamilyDysfunction, 16), (PrimaryNeed.SociallyUnacceptableBehaviour, 3),
        (PrimaryNeed.LowIncome, 1), (PrimaryNeed.AbsentParenting, 2), (PrimaryNeed.CasesOtherThanChildrenInNeed, 3),
    ];

    /// <summary>Age at referral: under 1 about 9%, 1 to 4 about 20%, 5 to 9 about 27%, 10 to 15 about 33%, 16 and 17 about 11% (CIN census; estimate).</summary>
    private static readonly ((int From, int To) Item, double Weight)[] AgesAtFirstContact =
    [
        ((0, 0), 9), ((1, 4), 20), ((5, 9), 27), ((10, 15), 33), ((16, 17), 11),
    ];

    private static readonly (int Item, double Weight)[] ChildrenInFamily = [(1, 45), (2, 30), (3, 15), (4, 7), (5, 3)];

    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    private readonly Rates _rates = settings.Preset.Rates;
    private readonly DateOnly _today = settings.Today;
    private readonly DateTimeOffset _now = settings.Now;

    /// <summary>
    /// The chance that a referral is followed, after its episode closes, by another referral within 12 months of it.
    /// Somewhat above the re-referral rate, because an episode that lasts most of a year leaves no room for one.
    /// </summary>
    private double ReReferralChance => Math.Min(0.95, _rates.ReReferralRate * 1.6);

    public PlannedFamily Plan(int number, Dice dice)
    {
        var heritage = PickHeritage(dice);
        var familyName = dice.Pick(heritage.FamilyNames);
        var town = dice.Weighted(Places.Towns.Select(t => (t, (double)t.Weight)).ToList());
        var firstContact = settings.Start.AddDays(dice.Between(0, settings.Today.DayNumber - settings.Start.DayNumber));
        var children = PlanChildren(heritage, firstContact, dice);
        var eldest = children.Min(c => c.Born);
        var motherBorn = eldest.AddYears(-dice.Between(17, 38)).AddDays(-dice.Between(0, 364));
        var contacts = PlanContacts(firstContact, children, dice);
        return new PlannedFamily(
            number, heritage, familyName, town, $"{dice.Between(1, 120)} {dice.Pick(Places.Streets)}",
            $"{dice.Pick(heritage.Women)} {familyName}", motherBorn, children, contacts);
    }

    private Heritage PickHeritage(Dice dice)
    {
        var others = People.Heritages.Where(h => h.Ethnicity != Ethnicity.WhiteBritish).Sum(h => h.Weight);
        var whiteBritish = People.Heritages.Where(h => h.Ethnicity == Ethnicity.WhiteBritish).Sum(h => h.Weight);
        var scale = others * _rates.WhiteBritishShare / (1 - _rates.WhiteBritishShare) / whiteBritish;
        return dice.Weighted(People.Heritages.Select(h => (h, h.Ethnicity == Ethnicity.WhiteBritish ? h.Weight * scale : h.Weight)).ToList());
    }

    private List<PlannedChild> PlanChildren(Heritage heritage, DateOnly firstContact, Dice dice)
    {
        if (dice.Chance(_rates.UnbornAtFirstContact))
        {
            // Concerns raised in pregnancy, usually by the midwife, two to seven months before the baby is due.
            var expected = firstContact.AddDays(dice.Between(60, 200));
            var babySex = dice.Chance(0.51) ? Sex.Male : Sex.Female;
            var name = dice.Pick(babySex == Sex.Male ? heritage.Boys : heritage.Girls);
            return [new PlannedChild(0, name, babySex, expected.AddDays(dice.Between(-14, 10)), dice.Chance(_rates.Imperfections.RecordingErrors), expected)];
        }

        var count = dice.Weighted(ChildrenInFamily);
        var (from, to) = dice.Weighted(AgesAtFirstContact);
        var age = dice.Between(from, to);
        var born = firstContact.AddYears(-age).AddDays(-dice.Between(0, 364));
        var children = new List<PlannedChild>();
        for (var i = 0; i < count; i++)
        {
            var sex = dice.Chance(0.51) ? Sex.Male : Sex.Female;
            var given = dice.Pick(sex == Sex.Male ? heritage.Boys : heritage.Girls);
            if (children.Any(c => c.GivenNames == given))
            {
                given = $"{given} {dice.Pick(sex == Sex.Male ? heritage.Boys : heritage.Girls)}";
            }

            children.Add(new PlannedChild(i, given, sex, born, dice.Chance(_rates.Imperfections.RecordingErrors)));

            // Younger brothers and sisters follow the first child by one to four years, none born after the first contact.
            var next = born.AddDays(dice.Between(330, 1_500));
            if (next > firstContact)
            {
                break;
            }

            born = next;
        }

        return children;
    }

    private List<PlannedContact> PlanContacts(DateOnly firstContact, IReadOnlyList<PlannedChild> children, Dice dice)
    {
        var contacts = new List<PlannedContact>();
        var date = firstContact;
        var forceReferral = false;
        DateOnly? lastReferral = null;
        while (contacts.Count < 40)
        {
            var concerned = children.Where(c => (c.Born <= date || c.Expected?.AddMonths(-9) <= date) && c.Born.AddYears(18) > date).Select(c => c.Index).ToList();
            if (concerned.Count == 0)
            {
                break;
            }

            if (concerned.Count > 1 && dice.Chance(0.3))
            {
                concerned = [dice.Pick(concerned)];
            }

            var contact = PlanContact(date, concerned, forceReferral, dice);
            if (contact.DecidedAt > _now)
            {
                // Still at the front door: received, and no decision yet.
                contacts.Add(contact);
                break;
            }

            contacts.Add(contact);
            forceReferral = false;
            DateOnly next;
            if (contact.Referral is { } referral)
            {
                lastReferral = referral.ReferralDate;
                if (referral.Closed is not { } closed)
                {
                    break;
                }

                var latestReReferral = referral.ReferralDate.AddMonths(12).AddDays(-1);
                var earliest = closed.AddDays(dice.Between(7, 30));
                if (earliest <= latestReReferral && dice.Chance(ReReferralChance))
                {
                    next = earliest.AddDays(dice.Between(0, latestReReferral.DayNumber - earliest.DayNumber));
                    forceReferral = true;
                }
                else if (dice.Chance(0.35))
                {
                    next = Later(closed, latestReReferral.AddDays(1), dice);
                }
                else
                {
                    break;
                }
            }
            else if (dice.Chance(0.42))
            {
                next = contact.DecidedAt.UtcDateTime is var decided ? DateOnly.FromDateTime(decided).AddDays((int)dice.LogNormal(120, 1.0) + 3) : date;
                if (lastReferral is { } last && next <= last.AddMonths(12))
                {
                    next = Later(next, last.AddMonths(12).AddDays(1), dice);
                }
            }
            else
            {
                break;
            }

            if (next > _today)
            {
                break;
            }

            date = next;
        }

        return contacts;
    }

    /// <summary>A later return, after the 12 months a re-referral counts over, a year or two on.</summary>
    private static DateOnly Later(DateOnly from, DateOnly notBefore, Dice dice)
    {
        var start = from > notBefore ? from : notBefore;
        return start.AddDays(dice.Between(7, 720));
    }

    private PlannedContact PlanContact(DateOnly date, IReadOnlyList<int> children, bool forceReferral, Dice dice)
    {
        var isDomesticAbuse = !forceReferral && dice.Chance(_rates.DomesticAbuseNotifications);
        var source = isDomesticAbuse ? ReferralSource.Police : dice.Weighted(Sources);
        var received = isDomesticAbuse ? AnyTime(date, dice) : WorkingTime(date, dice);
        var imperfections = _rates.Imperfections;
        DateTimeOffset? chained = dice.Chance(imperfections.ChainedContacts) ? received.AddHours(dice.Between(1, 20)) : null;
        DateTimeOffset? closed = null, reopened = null;
        var decisionDay = Calendar.IsWorkingDay(Local(received)) ? Local(received) : Calendar.NextWorkingDay(Local(received));
        if (dice.Chance(imperfections.ContactsClosedAndReopened))
        {
            closed = Later(received, 2);
            reopened = At(Calendar.AddWorkingDays(decisionDay, dice.Between(1, 4)), dice.Between(9 * 60, 12 * 60));
            decisionDay = Local(reopened.Value);
        }
        else if (dice.Chance(imperfections.LateContactDecisions))
        {
            decisionDay = Calendar.AddWorkingDays(decisionDay, dice.Between(2, 6));
        }

        var decided = At(decisionDay, dice.Between(10 * 60, 17 * 60));
        var earliestDecision = (reopened ?? chained ?? received).AddMinutes(30);
        if (decided < earliestDecision)
        {
            decided = earliestDecision;
        }

        var (threshold, outcome) = forceReferral ? (LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare) : Outcome(isDomesticAbuse, dice);
        var referral = outcome is ContactOutcome.ReferralToChildrensSocialCare or ContactOutcome.ImmediateStrategyDiscussion && decided <= _now
            ? PlanReferral(Local(decided), outcome == ContactOutcome.ImmediateStrategyDiscussion, dice)
            : null;
        return new PlannedContact
        {
            ReceivedAt = received,
            Children = children,
            Source = source,
            IsDomesticAbuseNotification = isDomesticAbuse,
            ChainedAt = chained,
            ClosedAt = closed,
            ReopenedAt = reopened,
            DecidedAt = decided,
            Threshold = threshold,
            Outcome = outcome,
            Referral = referral,
        };
    }

    private (LevelOfNeed, ContactOutcome) Outcome(bool isDomesticAbuse, Dice dice)
    {
        // A contact becomes a referral about once in every ContactsPerReferral contacts; police domestic abuse
        // notifications far less often, most being below threshold.
        var referralShare = 1 / _rates.ContactsPerReferral * (isDomesticAbuse ? 0.5 : 1.1);
        var roll = dice.Uniform();
        if (roll < referralShare * 0.12)
        {
            return (LevelOfNeed.ChildProtection, ContactOutcome.ImmediateStrategyDiscussion);
        }

        if (roll < referralShare)
        {
            return (dice.Chance(0.2) ? LevelOfNeed.ChildProtection : LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare);
        }

        return dice.Weighted<(LevelOfNeed, ContactOutcome)>(
        [
            ((LevelOfNeed.Universal, ContactOutcome.NoFurtherAction), 40),
            ((LevelOfNeed.Universal, ContactOutcome.InformationAndAdvice), 30),
            ((LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp), 30),
        ]);
    }

    private PlannedReferral PlanReferral(DateOnly referralDate, bool immediateStrategyDiscussion, Dice dice)
    {
        var imperfections = _rates.Imperfections;
        var need = dice.Weighted(Needs);
        if (!immediateStrategyDiscussion && dice.Chance(_rates.NoFurtherActionBeforeAssessment))
        {
            var ended = Calendar.AddWorkingDays(referralDate, dice.Between(0, 3));
            return Closed(new PlannedReferral(referralDate, need, true, null, false, null, null, null, false, [], null, null, null), ended, ClosureReason.NoFurtherActionAfterAssessment);
        }

        var lateAssessment = dice.Chance(imperfections.LateAssessments);
        var assessmentDays = lateAssessment ? dice.Between(46, 90) : Math.Clamp((int)dice.LogNormal(_rates.AssessmentMedianWorkingDays, 0.35), 5, 45);
        var assessed = Calendar.AddWorkingDays(referralDate, assessmentDays);

        DateOnly? strategy = null, section47 = null, conference = null;
        var lateConference = false;
        var strategyChance = immediateStrategyDiscussion ? 1.0 : (_rates.StrategyDiscussionPerReferral - 0.04) / 0.96;
        if (dice.Chance(strategyChance))
        {
            strategy = Calendar.AddWorkingDays(referralDate, immediateStrategyDiscussion ? 0 : dice.Between(0, 10));
            if (dice.Chance(_rates.Section47PerStrategyDiscussion))
            {
                section47 = strategy;
                if (dice.Chance(_rates.ConferencePerSection47))
                {
                    lateConference = dice.Chance(imperfections.LateConferences);
                    conference = Calendar.AddWorkingDays(strategy.Value, lateConference ? dice.Between(16, 30) : dice.Between(8, 15));
                }
            }
        }

        var plans = new List<PlannedPlan>();
        PlannedPlan? childInNeedPlan = null;
        DateOnly end;
        ClosureReason reason;
        if (conference is { } icpc && dice.Chance(_rates.PlanPerConference))
        {
            var category = dice.Weighted(_rates.CategoryOfAbuse.Select(c => (c.Category, c.Share)).ToList());
            var planEnd = icpc.AddDays(Math.Max(60, (int)dice.LogNormal(_rates.ChildProtectionPlanMedianDays, _rates.ChildProtectionPlanSpread)));
            plans.Add(new PlannedPlan(icpc, planEnd, category));
            if (dice.Chance(imperfections.PlansEndedAndRestarted))
            {
                // The new plan starts at an initial conference, held on a working day.
                var restart = planEnd.AddDays(dice.Between(14, 60));
                restart = Calendar.IsWorkingDay(restart) ? restart : Calendar.NextWorkingDay(restart);
                planEnd = restart.AddDays(Math.Max(60, (int)dice.LogNormal(_rates.ChildProtectionPlanMedianDays / 2, _rates.ChildProtectionPlanSpread)));
                plans.Add(new PlannedPlan(restart, planEnd, category));
            }

            // Most children stay on a child in need plan for a few months after a protection plan ends.
            end = planEnd.AddDays(dice.Between(60, 180));
            childInNeedPlan = new PlannedPlan(plans[^1].End!.Value, end, null);
            reason = ClosureReason.ServicesCeased;
        }
        else
        {
            // An episode closes only once its work is done: the assessment authorised (up to 3 working days after it
            // is completed), any section 47 enquiry completed (up to 15 working days after the strategy discussion) and
            // any initial conference held.
            var workDone = Calendar.AddWorkingDays(assessed, 3);
            if (section47 is { } enquiry && Calendar.AddWorkingDays(enquiry, 15) > workDone)
            {
                workDone = Calendar.AddWorkingDays(enquiry, 15);
            }

            if (conference is { } held && held > workDone)
            {
                workDone = held;
            }

            // The census keeps RC8 and RC9 ("closed after assessment") for episodes with no other activity (rule 2990),
            // so an episode that had a section 47 enquiry closes as services ceased.
            var roll = dice.Uniform();
            if (roll < _rates.AssessmentNoFurtherAction)
            {
                end = workDone.AddDays(dice.Between(0, 10));
                reason = section47 is null ? ClosureReason.NoFurtherActionAfterAssessment : ClosureReason.ServicesCeased;
            }
            else if (roll < _rates.AssessmentNoFurtherAction + _rates.AssessmentEarlyHelp)
            {
                end = workDone.AddDays(dice.Between(0, 14));
                reason = section47 is null ? ClosureReason.ReferredToEarlyHelpAfterAssessment : ClosureReason.ServicesCeased;
            }
            else
            {
                end = assessed.AddDays(Math.Max(30, (int)dice.LogNormal(_rates.ChildInNeedPlanMedianDays, 0.6)));
                childInNeedPlan = new PlannedPlan(assessed, end, null);
                reason = dice.Weighted<ClosureReason>(
                [
                    (ClosureReason.ServicesCeased, 90), (ClosureReason.TransferredToAnotherLocalAuthority, 6),
                    (ClosureReason.ChildArrangementsOrder, 2), (ClosureReason.SpecialGuardianshipOrder, 2),
                ]);
            }
        }

        var planned = new PlannedReferral(
            referralDate, need, false, assessed <= _today ? assessed : null, lateAssessment, Past(strategy), Past(section47), Past(conference),
            lateConference, plans.Where(p => p.Start <= _today).Select(p => p.End > _today ? p with { End = null } : p).ToList(),
            childInNeedPlan is { } cin && cin.Start <= _today ? (cin.End > _today ? cin with { End = null } : cin) : null,
            null, null);
        return Closed(planned, end, reason);
    }

    private PlannedReferral Closed(PlannedReferral referral, DateOnly closed, ClosureReason reason) =>
        closed <= _today && (referral.AssessmentCompleted is not null || referral.NoFurtherActionBeforeAssessment)
            ? referral with { Closed = closed, ClosureReason = reason }
            : referral;

    private DateOnly? Past(DateOnly? date) => date <= _today ? date : null;

    private static DateOnly Local(DateTimeOffset instant) => WorkingCalendar.LocalDate(instant);

    private static DateTimeOffset Later(DateTimeOffset instant, int hours) => instant.AddHours(hours);

    private static DateTimeOffset WorkingTime(DateOnly date, Dice dice)
    {
        var day = Calendar.IsWorkingDay(date) ? date : Calendar.NextWorkingDay(date);
        return At(day, dice.Between(9 * 60, 16 * 60 + 30));
    }

    private static DateTimeOffset AnyTime(DateOnly date, Dice dice) => At(date, dice.Between(0, 24 * 60 - 1));

    /// <summary>A London wall-clock time on <paramref name="date"/>, as an instant.</summary>
    internal static DateTimeOffset At(DateOnly date, int minuteOfDay)
    {
        var local = date.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minuteOfDay)));
        var offset = WorkingCalendar.London.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
