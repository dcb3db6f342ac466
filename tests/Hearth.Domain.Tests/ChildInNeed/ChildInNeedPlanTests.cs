using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Recording;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests.ChildInNeed;

public class ChildInNeedPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly DateOnly Referral = new(2026, 9, 1);

    // Thursday 1 October 2026.
    private static readonly DateOnly PlanStart = new(2026, 10, 1);

    private static readonly Timescales Timescales = Timescales.Standard;

    private static ChangeContext Change(string? reason = null) => new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), reason);

    private static ChildInNeedEpisode Episode() =>
        ChildInNeedEpisode.Open(Guid.CreateVersion7(), Referral, ReferralSource.Schools, PrimaryNeed.AbuseNeglectAndExploitation, null, [], Today, Change());

    private static ChildInNeedPlan Started(ChildInNeedEpisode? episode = null) => ChildInNeedPlan.Start(episode ?? Episode(), PlanStart, [], Today, Change());

    private static ChildInNeedPlan Finalised()
    {
        var plan = Started();
        plan.AddAction("Mother to attend parenting course", "Family support worker", PlanStart.AddDays(30), Change());
        plan.RecordContingency("Strategy discussion if school attendance falls below 80%", Change());
        plan.Finalise(PlanStart.AddDays(1), Today, Change());
        plan.TakePendingChanges();
        return plan;
    }

    private static Visit SeenVisit(Guid childId, DateOnly on, VisitKind kind = VisitKind.ChildInNeed, bool seen = true) =>
        Visit.Record(childId, kind, on, null, seen, seen, seen ? null : "Not at home", null, null, null, Today, Change());

    [Fact]
    public void Start_OpenEpisode_StartsThePlanWithAChangeRecord()
    {
        var episode = Episode();

        var plan = ChildInNeedPlan.Start(episode, PlanStart, [], Today, Change());

        plan.ChildId.ShouldBe(episode.ChildId);
        plan.EpisodeId.ShouldBe(episode.Id);
        plan.IsFinalised.ShouldBeFalse();
        plan.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(new FieldChange("Start date", null, "2026-10-01"));
    }

    [Fact]
    public void CanStart_BeforeTheReferral_IsRefused()
    {
        ChildInNeedPlan.CanStart(Episode(), Referral.AddDays(-1), [], Today).Message
            .ShouldBe("The start date cannot be before the referral date, 1 September 2026");
    }

    [Fact]
    public void CanStart_ChildHasAPlanThatHasNotEnded_IsRefused()
    {
        var episode = Episode();
        var first = Started(episode);

        ChildInNeedPlan.CanStart(episode, Today, [first], Today).Message.ShouldBe("The child already has a child in need plan that has not ended");
    }

    [Fact]
    public void CanFinalise_NoActions_IsRefused()
    {
        var plan = Started();
        plan.RecordContingency("Strategy discussion", Change());

        plan.CanFinalise(Today, Today).Message.ShouldBe("Add at least one action with who will do it and by when before finalising the plan");
    }

    [Fact]
    public void CanFinalise_NoContingency_IsRefused()
    {
        var plan = Started();
        plan.AddAction("Attend course", "Mother", Today, Change());

        plan.CanFinalise(Today, Today).Message.ShouldBe("Record the contingency plan before finalising the plan");
    }

    [Fact]
    public void Finalise_ActionAndContingency_IsFinalised()
    {
        var plan = Started();
        plan.AddAction("Attend course", "Mother", Today, Change());
        plan.RecordContingency("Strategy discussion", Change());

        plan.Finalise(Today, Today, Change());

        plan.FinalisedOn.ShouldBe(Today);
        plan.PendingChanges[^1].Summary.ShouldBe("Child in need plan finalised");
    }

    [Theory]
    [InlineData("", "Mother", "Enter what is to be done")]
    [InlineData("Attend course", " ", "Enter who will do it")]
    public void CanAddAction_MissingWhatOrWho_IsRefused(string what, string who, string message)
    {
        Started().CanAddAction(what, who, Today).Message.ShouldBe(message);
    }

    [Fact]
    public void CanAddAction_NoDate_IsRefused()
    {
        Started().CanAddAction("Attend course", "Mother", null).Message.ShouldBe("Enter the date it is to be done by");
    }

    [Fact]
    public void CompleteAction_Open_RecordsTheDate()
    {
        var plan = Finalised();
        var action = plan.Actions[0];

        plan.CompleteAction(action.Id, Today, Today, Change());

        action.CompletedOn.ShouldBe(Today);
        plan.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(new FieldChange("Completed on", null, "2026-11-02"));
    }

    [Fact]
    public void CanCompleteAction_AlreadyCompleted_IsRefused()
    {
        var plan = Finalised();
        plan.CompleteAction(plan.Actions[0].Id, Today, Today, Change());

        plan.CanCompleteAction(plan.Actions[0].Id, Today, Today).Message.ShouldBe("That action has already been completed");
    }

    [Fact]
    public void EvaluateVisit_NoVisits_IsDueTwentyWorkingDaysFromTheStart()
    {
        // Thursday 1 October plus 20 working days is Thursday 29 October.
        var evaluation = Started().EvaluateVisit(Timescales, [], Today)!;

        evaluation.DueDate.ShouldBe(new DateOnly(2026, 10, 29));
        evaluation.Status.ShouldBe(TimescaleStatus.Overdue);
    }

    [Fact]
    public void EvaluateVisit_ChildSeenOnAChildInNeedVisit_CountsFromThatVisit()
    {
        var plan = Started();
        Visit[] visits =
        [
            SeenVisit(plan.ChildId, new DateOnly(2026, 10, 15)),
            SeenVisit(plan.ChildId, new DateOnly(2026, 10, 22), seen: false),
            SeenVisit(plan.ChildId, new DateOnly(2026, 10, 28), VisitKind.Other),
            SeenVisit(Guid.CreateVersion7(), new DateOnly(2026, 10, 30)),
        ];

        // Thursday 15 October plus 20 working days is Thursday 12 November.
        plan.EvaluateVisit(Timescales, visits, Today)!.DueDate.ShouldBe(new DateOnly(2026, 11, 12));
    }

    [Fact]
    public void EvaluateReview_Reviewed_CountsFromTheLastReview()
    {
        var plan = Finalised();

        plan.Review(Today, "Attendance improved", PlanReviewOutcome.Continue, Today, Change());

        plan.EvaluateReview(Timescales, Today)!.DueDate.ShouldBe(new DateOnly(2027, 2, 2));
    }

    [Fact]
    public void EvaluateReview_NotReviewed_CountsFromTheStart()
    {
        Started().EvaluateReview(Timescales, Today)!.DueDate.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void CanReview_NotFinalised_IsRefused()
    {
        Started().CanReview(Today, "Notes", PlanReviewOutcome.Continue, Today).Message.ShouldBe("The plan must be finalised before it can be reviewed");
    }

    [Fact]
    public void CanReview_BeforeTheLastReview_IsRefused()
    {
        var plan = Finalised();
        plan.Review(Today, "Notes", PlanReviewOutcome.Continue, Today, Change());

        plan.CanReview(Today.AddDays(-1), "Notes", PlanReviewOutcome.Continue, Today).Message
            .ShouldBe("The review date cannot be before 2 November 2026, the plan's start or last review");
    }

    [Fact]
    public void Review_DecidingToEnd_EndsThePlanAndStopsItsClocks()
    {
        var plan = Finalised();

        plan.Review(Today, "Needs met", PlanReviewOutcome.End, Today, Change());

        plan.IsEnded.ShouldBeTrue();
        plan.EndDate.ShouldBe(Today);
        plan.EvaluateReview(Timescales, Today).ShouldBeNull();
        plan.EvaluateVisit(Timescales, [], Today).ShouldBeNull();
    }

    [Fact]
    public void End_WithReason_EndsThePlan()
    {
        var plan = Finalised();

        plan.End(Today, "Family moved out of the area", Today, Change());

        plan.EndReason.ShouldBe("Family moved out of the area");
        plan.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(new FieldChange("End date", null, "2026-11-02"));
    }

    [Fact]
    public void CanEnd_NoReason_IsRefused()
    {
        Finalised().CanEnd(Today, " ", Today).Message.ShouldBe("Enter the reason the plan is ending");
    }

    [Fact]
    public void CanAddAction_Ended_IsRefused()
    {
        var plan = Finalised();
        plan.End(Today, "Needs met", Today, Change());

        plan.CanAddAction("More", "Mother", Today).Message.ShouldBe("This child in need plan has ended");
    }

    [Fact]
    public void CanAuthorise_SocialWorker_IsRefused()
    {
        Finalised().CanAuthorise(Role.SocialWorker, Today, Today).Message.ShouldBe("Only a team manager can authorise a child in need plan");
    }

    [Fact]
    public void CanAuthorise_NotFinalised_IsRefused()
    {
        Started().CanAuthorise(Role.TeamManager, Today, Today).Message.ShouldBe("The plan must be finalised before a manager authorises it");
    }

    [Fact]
    public void Authorise_Manager_RecordsWhoAndWhen()
    {
        var plan = Finalised();

        plan.Authorise(Role.TeamManager, Today, Today, Change());

        plan.AuthorisedOn.ShouldBe(Today);
        plan.AuthorisedByName.ShouldBe("Priya Shah");
    }
}
