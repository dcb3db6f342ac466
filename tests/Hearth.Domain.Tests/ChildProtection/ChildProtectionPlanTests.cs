using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Recording;
using static Hearth.Domain.Tests.ChildProtection.ChildProtectionPlanBuilder;

namespace Hearth.Domain.Tests.ChildProtection;

public class ChildProtectionPlanTests
{
    private static readonly Timescales Timescales = Timescales.Standard;

    private static ChildProtectionPlan Finalisable()
    {
        var plan = Plan();
        plan.AddAction("Parenting assessment", "Priya Shah (social worker)", new DateOnly(2026, 12, 1), Today, Change());
        plan.SetContingencyPlan("Legal planning meeting if home conditions do not improve", Change());
        return plan;
    }

    private static Visit Visit(ChildProtectionPlan plan, DateOnly on, bool seen = true, VisitKind kind = VisitKind.ChildProtection) =>
        Hearth.Domain.Recording.Visit.Record(plan.ChildId, kind, on, null, seen, seen, seen ? null : "Not at home", null, null, null, Today, Change());

    [Fact]
    public void Start_InitialConferenceDecidedOnAPlan_StartsOnTheConferenceDateWithItsCategory()
    {
        var episode = Episode();
        var conference = Initial(episode, category: CategoryOfAbuse.PhysicalAbuse);

        var plan = ChildProtectionPlan.Start(conference, [], Change());

        plan.ChildId.ShouldBe(episode.ChildId);
        plan.EpisodeId.ShouldBe(episode.Id);
        plan.StartDate.ShouldBe(Icpc);
        plan.InitialCategory.ShouldBe(CategoryOfAbuse.PhysicalAbuse);
        plan.LatestCategory.ShouldBe(CategoryOfAbuse.PhysicalAbuse);
        plan.IsOpen.ShouldBeTrue();
        plan.IsFinalised.ShouldBeFalse();
        plan.IsSecondOrSubsequent.ShouldBeFalse();
        plan.Conferences.ShouldHaveSingleItem().ShouldBeSameAs(conference);
        conference.PlanId.ShouldBe(plan.Id);
        var change = plan.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Child protection plan started");
        change.Fields.ShouldContain(f => f.Field == "Start date" && f.Before == null && f.After == "2026-10-01");
    }

    [Fact]
    public void CanStart_ConferenceDecidedOnNoPlan_IsRefused()
    {
        var conference = Initial(Episode(), outcome: ConferenceOutcome.NoPlan);

        ChildProtectionPlan.CanStart(conference, []).Message.ShouldBe("Only an initial conference that decided on a plan can start a child protection plan");
        Should.Throw<DomainRuleException>(() => ChildProtectionPlan.Start(conference, [], Change()));
    }

    [Fact]
    public void Start_PreviousPlanEndedExactlyTwoYearsBefore_IsSecondAndWithinTwoYears()
    {
        var episode = Episode(referralDate: new DateOnly(2024, 1, 1));
        var previous = EndedPlan(episode, new DateOnly(2024, 2, 1), new DateOnly(2024, 10, 1));

        var plan = Plan(Icpc, episode, [previous]);

        plan.NumberOfPreviousPlans.ShouldBe(1);
        plan.IsSecondOrSubsequent.ShouldBeTrue();
        plan.IsWithinTwoYearsOfPreviousPlan.ShouldBeTrue();
    }

    [Fact]
    public void Start_PreviousPlanEndedTwoYearsAndADayBefore_IsSecondButNotWithinTwoYears()
    {
        var episode = Episode(referralDate: new DateOnly(2024, 1, 1));
        var previous = EndedPlan(episode, new DateOnly(2024, 2, 1), new DateOnly(2024, 9, 30));

        var plan = Plan(Icpc, episode, [previous]);

        plan.NumberOfPreviousPlans.ShouldBe(1);
        plan.IsWithinTwoYearsOfPreviousPlan.ShouldBeFalse();
    }

    [Fact]
    public void Start_AnotherChildsPlan_IsNotCounted()
    {
        var other = EndedPlan(Episode(referralDate: new DateOnly(2025, 1, 1)), new DateOnly(2025, 2, 1), new DateOnly(2025, 6, 1));

        var plan = Plan(Icpc, Episode(), [other]);

        plan.NumberOfPreviousPlans.ShouldBe(0);
        plan.IsWithinTwoYearsOfPreviousPlan.ShouldBeFalse();
    }

    [Fact]
    public void LastsTwoYearsOrMore_FromTheSecondAnniversary_IsTrue()
    {
        var plan = Plan(new DateOnly(2024, 11, 2), Episode(referralDate: new DateOnly(2024, 10, 1)));

        plan.LastsTwoYearsOrMore(new DateOnly(2026, 11, 1)).ShouldBeFalse();
        plan.LastsTwoYearsOrMore(new DateOnly(2026, 11, 2)).ShouldBeTrue();
    }

    [Fact]
    public void AddAction_WhatWhoAndWhen_IsAddedAndRecorded()
    {
        var plan = Plan();

        var action = plan.AddAction(" Attend nursery every day ", "Mother", new DateOnly(2026, 11, 30), Today, Change());

        plan.Actions.ShouldHaveSingleItem().ShouldBeSameAs(action);
        action.What.ShouldBe("Attend nursery every day");
        action.HasOwnerAndDate.ShouldBeTrue();
        var change = plan.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Action added to the child protection plan");
        change.Fields.ShouldContain(f => f.Field == "By when" && f.After == "2026-11-30");
    }

    [Fact]
    public void CanAddAction_NothingToDo_AsksWhat()
    {
        Plan().CanAddAction(" ", "Mother", null, Today).Message.ShouldBe("Enter what is to be done");
    }

    [Fact]
    public void CanAddAction_DateBeforeThePlan_IsRefused()
    {
        Plan().CanAddAction("Assessment", "Mother", Icpc.AddDays(-1), Today).Message.ShouldBe("The date it is to be done by cannot be before the plan started, 1 October 2026");
    }

    [Fact]
    public void CanFinalise_NoActions_IsRefused()
    {
        var plan = Plan();
        plan.SetContingencyPlan("Legal planning meeting", Change());

        plan.CanFinalise(Today).Message.ShouldBe("The plan needs at least one action that says who will do it and by when before it can be finalised");
    }

    [Fact]
    public void CanFinalise_ActionWithoutAnOwner_IsRefused()
    {
        var plan = Plan();
        plan.AddAction("Parenting assessment", null, new DateOnly(2026, 12, 1), Today, Change());
        plan.AddAction("Attend nursery", "Mother", null, Today, Change());
        plan.SetContingencyPlan("Legal planning meeting", Change());

        plan.CanFinalise(Today).Message.ShouldBe("The plan needs at least one action that says who will do it and by when before it can be finalised");
    }

    [Fact]
    public void CanFinalise_NoContingencyPlan_IsRefused()
    {
        var plan = Plan();
        plan.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 12, 1), Today, Change());

        plan.CanFinalise(Today).Message.ShouldBe("The plan needs a contingency plan before it can be finalised");
        Should.Throw<DomainRuleException>(() => plan.Finalise(Today, Change()));
    }

    [Fact]
    public void Finalise_ActionWithOwnerAndDateAndContingency_FinalisesToday()
    {
        var plan = Finalisable();

        plan.Finalise(Today, Change());

        plan.FinalisedOn.ShouldBe(Today);
        plan.PendingChanges[^1].Summary.ShouldBe("Child protection plan finalised");
        plan.CanFinalise(Today).Message.ShouldBe("This child protection plan is already finalised");
    }

    [Fact]
    public void SetContingencyPlan_Changed_RecordsBeforeAndAfter()
    {
        var plan = Plan();
        plan.SetContingencyPlan("First", Change());

        plan.SetContingencyPlan("Second", Change());

        plan.PendingChanges[^1].Fields.ShouldContain(f => f.Field == "Contingency plan" && f.Before == "First" && f.After == "Second");
    }

    [Fact]
    public void CanSetContingencyPlan_Blank_AsksForIt()
    {
        Plan().CanSetContingencyPlan("  ").Message.ShouldBe("Enter the contingency plan: what happens if things do not improve");
    }

    [Fact]
    public void CompleteAction_Open_IsCompletedOnTheDate()
    {
        var plan = Plan();
        var action = plan.AddAction("Parenting assessment", "Priya Shah", new DateOnly(2026, 12, 1), Today, Change());

        plan.CompleteAction(action.Id, Today, Today, Change());

        action.CompletedOn.ShouldBe(Today);
        plan.CanCompleteAction(action.Id, Today, Today).Message.ShouldBe("That action is already completed");
    }

    [Fact]
    public void CanCompleteAction_Tomorrow_IsRefused()
    {
        var plan = Plan();
        var action = plan.AddAction("Parenting assessment", "Priya Shah", null, Today, Change());

        plan.CanCompleteAction(action.Id, Today.AddDays(1), Today).Message.ShouldBe("The date the action was completed cannot be in the future");
    }

    [Fact]
    public void NextCoreGroup_NoneHeld_IsDueTenWorkingDaysAfterTheConference()
    {
        var next = Plan().NextCoreGroup(Timescales, Today)!;

        next.Timescale.ShouldBe(Timescales.FirstCoreGroup);
        next.DueDate.ShouldBe(new DateOnly(2026, 10, 15));
        next.Status.ShouldBe(TimescaleStatus.Overdue);
    }

    [Fact]
    public void NextCoreGroup_AfterAMeeting_IsDueSixWeeksLater()
    {
        var plan = Plan();
        plan.RecordCoreGroup(new DateOnly(2026, 10, 14), Quorate(), "Plan developed", Today, Change());

        var next = plan.NextCoreGroup(Timescales, Today)!;

        next.Timescale.ShouldBe(Timescales.CoreGroup);
        next.DueDate.ShouldBe(new DateOnly(2026, 11, 25));
        next.Status.ShouldBe(TimescaleStatus.NotYetDue);
    }

    [Fact]
    public void MeetingHistory_FirstCoreGroupAfterTenWorkingDays_WasLate()
    {
        var plan = Plan();
        plan.RecordCoreGroup(new DateOnly(2026, 10, 16), Quorate(), null, Today, Change());

        var (heldOn, evaluation) = plan.MeetingHistory(Timescales, Today).ShouldHaveSingleItem();

        heldOn.ShouldBe(new DateOnly(2026, 10, 16));
        evaluation.Status.ShouldBe(TimescaleStatus.MetLate);
    }

    [Fact]
    public void CanRecordCoreGroup_BeforeThePlan_IsRefused()
    {
        Plan().CanRecordCoreGroup(Icpc.AddDays(-1), Quorate(), null, Today).Message.ShouldBe("The date of the core group meeting cannot be before the plan started, 1 October 2026");
    }

    [Fact]
    public void CanRecordCoreGroup_NoAttendees_AsksWhoAttended()
    {
        Plan().CanRecordCoreGroup(Today, [], null, Today).Message.ShouldBe("Add who attended the core group meeting");
    }

    [Fact]
    public void NextReviewConference_NoneHeld_IsDueThreeMonthsAfterTheConference()
    {
        var next = Plan().NextReviewConference(Timescales, Today)!;

        next.Timescale.ShouldBe(Timescales.FirstChildProtectionReview);
        next.DueDate.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void RecordReviewConference_PlanContinues_TakesTheLatestCategoryAndNextIsSixMonthsLater()
    {
        var plan = Plan();

        var review = plan.RecordReviewConference(Today, Quorate(), true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.Multiple, Today, Change());

        review.Kind.ShouldBe(ConferenceKind.Review);
        review.PlanId.ShouldBe(plan.Id);
        plan.LatestCategory.ShouldBe(CategoryOfAbuse.Multiple);
        plan.InitialCategory.ShouldBe(CategoryOfAbuse.Neglect);
        plan.NextReviewConference(Timescales, Today)!.DueDate.ShouldBe(new DateOnly(2027, 5, 2));
        plan.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Latest category of abuse" && f.Before == "Neglect" && f.After == "Multiple/not recommended");
    }

    [Fact]
    public void RecordReviewConference_PlanEnds_EndsThePlanOnTheConferenceDate()
    {
        var plan = Plan();

        plan.RecordReviewConference(new DateOnly(2026, 10, 30), Quorate(), true, ConferenceOutcome.EndPlan, null, Today, Change());

        plan.IsOpen.ShouldBeFalse();
        plan.EndDate.ShouldBe(new DateOnly(2026, 10, 30));
        plan.EndReason.ShouldBe(ChildProtectionPlanEndReason.ReviewConference);
        plan.NextCoreGroup(Timescales, Today).ShouldBeNull();
        plan.NextReviewConference(Timescales, Today).ShouldBeNull();
        plan.PendingChanges.Select(c => c.Summary).ShouldBe(["Child protection review conference recorded", "Child protection plan ended"]);
    }

    [Fact]
    public void CanRecordReviewConference_OnTheDayOfTheLastConference_IsRefused()
    {
        Plan().CanRecordReviewConference(Icpc, Quorate(), true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.Neglect, Today)
            .Message.ShouldBe("The date of the review conference must be after the last conference, 1 October 2026");
    }

    [Fact]
    public void CanRecordReviewConference_ContinueWithoutCategory_AsksForIt()
    {
        Plan().CanRecordReviewConference(Today, Quorate(), true, ConferenceOutcome.ContinuePlan, null, Today).Message.ShouldBe("Select the latest category of abuse");
    }

    [Fact]
    public void NextVisit_NoVisits_IsDueTenWorkingDaysFromTheStart()
    {
        Plan().NextVisit(Timescales, [], Today)!.DueDate.ShouldBe(new DateOnly(2026, 10, 15));
    }

    [Fact]
    public void NextVisit_ChildSeenOnAChildProtectionVisit_CountsFromThatVisit()
    {
        var plan = Plan();
        var visits = new[]
        {
            Visit(plan, new DateOnly(2026, 10, 26)),
            Visit(plan, new DateOnly(2026, 10, 29), seen: false),
            Visit(plan, new DateOnly(2026, 10, 30), kind: VisitKind.Other),
        };

        var next = plan.NextVisit(Timescales, visits, Today)!;

        next.DueDate.ShouldBe(new DateOnly(2026, 11, 9));
        next.Status.ShouldBe(TimescaleStatus.NotYetDue);
    }

    [Fact]
    public void NextVisit_VisitBeforeThePlan_DoesNotCount()
    {
        var plan = Plan();

        plan.NextVisit(Timescales, [Visit(plan, Icpc.AddDays(-1))], Today)!.DueDate.ShouldBe(new DateOnly(2026, 10, 15));
    }

    [Fact]
    public void End_ChildMovedAway_EndsWithTheReason()
    {
        var plan = Plan();

        plan.End(Today, ChildProtectionPlanEndReason.MovedToAnotherLocalAuthority, "Moved to Bristol", Today, Change());

        plan.EndDate.ShouldBe(Today);
        plan.EndNote.ShouldBe("Moved to Bristol");
        plan.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(f => f.Field == "Reason the plan ended" && f.After == "The child moved to another local authority");
        plan.CanAddAction("More", "Mother", null, Today).Message.ShouldBe("This child protection plan has ended");
    }

    [Fact]
    public void CanEnd_ReviewConferenceReason_AsksForTheConference()
    {
        Plan().CanEnd(Today, ChildProtectionPlanEndReason.ReviewConference, null, Today).Message.ShouldBe("Record the review conference that ended the plan");
    }

    [Fact]
    public void CanEnd_OtherWithoutANote_AsksWhy()
    {
        Plan().CanEnd(Today, ChildProtectionPlanEndReason.Other, " ", Today).Message.ShouldBe("Enter why the plan ended");
    }

    [Fact]
    public void CanEnd_BeforeTheStart_IsRefused()
    {
        Plan().CanEnd(Icpc.AddDays(-1), ChildProtectionPlanEndReason.Died, null, Today).Message.ShouldBe("The end date cannot be before the plan started, 1 October 2026");
    }
}
