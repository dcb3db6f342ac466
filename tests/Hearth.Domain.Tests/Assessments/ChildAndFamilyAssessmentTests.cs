using Hearth.Domain.Assessments;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests.Assessments;

public class ChildAndFamilyAssessmentTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    // Tuesday 1 September 2026 plus 45 working days (no bank holidays between) is Tuesday 3 November 2026.
    private static readonly DateOnly Referral = new(2026, 9, 1);
    private static readonly DateOnly Due = new(2026, 11, 3);

    private static readonly Timescales Timescales = Timescales.Standard;

    private static ChangeContext Change(string? reason = null) => new(Guid.CreateVersion7(), "Priya Shah", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), reason);

    private static ChildInNeedEpisode Episode(DateOnly? referral = null) =>
        ChildInNeedEpisode.Open(Guid.CreateVersion7(), referral ?? Referral, ReferralSource.Schools, PrimaryNeed.AbuseNeglectAndExploitation, null, [], Today, Change());

    private static ChildAndFamilyAssessment Started(ChildInNeedEpisode? episode = null) =>
        ChildAndFamilyAssessment.Start(episode ?? Episode(), Referral.AddDays(2), [], Today, Change());

    private static ChildAndFamilyAssessment ReadyToComplete(ChildInNeedEpisode? episode = null)
    {
        var assessment = Started(episode);
        assessment.RecordChildSeen(Referral.AddDays(3), seenAlone: true, null, Today, Change());
        assessment.RecordFactors([AssessmentFactor.Create("3A"), AssessmentFactor.Create("1B")], Change());
        assessment.RecordAnalysis("Father's drinking and violence put the child at risk", AssessmentOutcome.ChildInNeedPlan, null, Change());
        return assessment;
    }

    private static ChildAndFamilyAssessment Completed(ChildInNeedEpisode? episode = null, DateOnly? on = null)
    {
        var assessment = ReadyToComplete(episode);
        assessment.Complete(on ?? Today, null, Timescales, Today, Change());
        assessment.TakePendingChanges();
        return assessment;
    }

    [Fact]
    public void Start_InOpenEpisode_StartsInProgressWithTheReferralClock()
    {
        var episode = Episode();

        var assessment = ChildAndFamilyAssessment.Start(episode, Referral.AddDays(1), [], Today, Change());

        assessment.Status.ShouldBe(AssessmentStatus.InProgress);
        assessment.EpisodeId.ShouldBe(episode.Id);
        assessment.ChildId.ShouldBe(episode.ChildId);
        assessment.ReferralDate.ShouldBe(Referral);
        var change = assessment.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Child and family assessment started");
        change.Fields.ShouldContain(new FieldChange("Start date", null, "2026-09-02"));
    }

    [Fact]
    public void CanStart_BeforeTheReferral_IsRefused()
    {
        ChildAndFamilyAssessment.CanStart(Episode(), Referral.AddDays(-1), [], Today).Message
            .ShouldBe("The start date cannot be before the referral date, 1 September 2026");
    }

    [Fact]
    public void CanStart_InFuture_IsRefused()
    {
        ChildAndFamilyAssessment.CanStart(Episode(), Today.AddDays(1), [], Today).Message.ShouldBe("The start date cannot be in the future");
    }

    [Fact]
    public void CanStart_ClosedEpisode_IsRefused()
    {
        var episode = Episode();
        episode.Close(Today, ClosureReason.ServicesCeased, Today, Change());

        ChildAndFamilyAssessment.CanStart(episode, Today, [], Today).Message.ShouldBe("An assessment can only be started in an open child in need episode");
    }

    [Fact]
    public void CanStart_AnotherAssessmentInProgressInTheEpisode_IsRefused()
    {
        var episode = Episode();
        var first = Started(episode);

        ChildAndFamilyAssessment.CanStart(episode, Today, [first], Today).Message.ShouldBe("There is already an assessment in progress in this episode");
    }

    [Fact]
    public void Evaluate_Open_IsDueFortyFiveWorkingDaysFromTheReferral()
    {
        var evaluation = Started().Evaluate(Timescales, Today);

        evaluation.DueDate.ShouldBe(Due);
        evaluation.Status.ShouldBe(TimescaleStatus.DueSoon);
    }

    [Fact]
    public void RecordChildSeen_NotAloneWithoutReason_IsRefused()
    {
        var assessment = Started();

        Should.Throw<DomainRuleException>(() => assessment.RecordChildSeen(Referral.AddDays(3), seenAlone: false, " ", Today, Change()))
            .Message.ShouldBe("Enter why the child was not seen alone");
    }

    [Fact]
    public void RecordChildSeen_NotAloneWithReason_RecordsItWithBeforeAndAfter()
    {
        var assessment = Started();
        assessment.TakePendingChanges();

        assessment.RecordChildSeen(Referral.AddDays(3), seenAlone: false, "Too young to speak alone", Today, Change());

        assessment.ChildSeenOn.ShouldBe(Referral.AddDays(3));
        assessment.NotSeenAloneReason.ShouldBe("Too young to speak alone");
        var change = assessment.PendingChanges.ShouldHaveSingleItem();
        change.Fields.ShouldContain(new FieldChange("Child seen on", null, "2026-09-04"));
        change.Fields.ShouldContain(new FieldChange("Seen alone", null, "No"));
    }

    [Fact]
    public void RecordChildSeen_BeforeReferral_IsRefused()
    {
        Started().CanRecordChildSeen(Referral.AddDays(-1), true, null, Today).Message
            .ShouldBe("The date the child was seen cannot be before the referral date, 1 September 2026");
    }

    [Fact]
    public void RecordFactors_InAnyOrder_KeepsTheCensusOrder()
    {
        var assessment = Started();

        assessment.RecordFactors([AssessmentFactor.Create("24A"), AssessmentFactor.Create("1A"), AssessmentFactor.Create("16A")], Change());

        assessment.Factors.Select(f => f.Code).ShouldBe(["1A", "16A", "24A"]);
        assessment.PendingChanges[^1].Fields.ShouldContain(new FieldChange("Assessment factors", "", "1A, 16A, 24A"));
    }

    [Fact]
    public void CanRecordFactors_NoFactorsIdentifiedWithAnother_IsRefused()
    {
        Started().CanRecordFactors([AssessmentFactor.NoFactorsIdentified, AssessmentFactor.Create("2A")]).Message
            .ShouldBe("'No factors identified' cannot be selected with other factors");
    }

    [Fact]
    public void CanRecordFactors_None_IsRefused()
    {
        Started().CanRecordFactors([]).Message.ShouldBe("Select the factors identified, or 'No factors identified'");
    }

    [Fact]
    public void CanRecordAnalysis_OtherWithoutDetail_IsRefused()
    {
        Started().CanRecordAnalysis("Analysis", AssessmentOutcome.Other, null).Message.ShouldBe("Enter what the other outcome is");
    }

    [Fact]
    public void CanRecordAnalysis_NoOutcome_IsRefused()
    {
        Started().CanRecordAnalysis("Analysis", null, null).Message.ShouldBe("Select the outcome of the assessment");
    }

    [Fact]
    public void CanComplete_ChildNotSeen_IsRefused()
    {
        Started().CanComplete(Today, null, Timescales, Today).Message.ShouldBe("Record when the child was seen before completing the assessment");
    }

    [Fact]
    public void Complete_InTime_AwaitsAuthorisation()
    {
        var assessment = ReadyToComplete();

        assessment.Complete(Today, null, Timescales, Today, Change());

        assessment.Status.ShouldBe(AssessmentStatus.AwaitingAuthorisation);
        assessment.CompletedOn.ShouldBe(Today);
        assessment.CompletedByName.ShouldBe("Priya Shah");
        assessment.PendingChanges[^1].Fields.ShouldContain(new FieldChange("Status", "In progress", "Awaiting authorisation"));
    }

    [Fact]
    public void CanComplete_OverdueWithoutReason_IsRefused()
    {
        var assessment = ReadyToComplete(Episode(new DateOnly(2026, 8, 3)));

        assessment.CanComplete(Today, null, Timescales, Today).Message.ShouldNotBeNull().ShouldContain("Enter the reason it is late");
    }

    [Fact]
    public void Complete_OverdueWithReason_KeepsTheReason()
    {
        var assessment = ReadyToComplete(Episode(new DateOnly(2026, 8, 3)));

        assessment.Complete(Today, "Family moved twice during the assessment", Timescales, Today, Change());

        assessment.LatenessReason.ShouldBe("Family moved twice during the assessment");
        assessment.Evaluate(Timescales, Today).Status.ShouldBe(TimescaleStatus.Overdue);
    }

    [Fact]
    public void CanAuthorise_SocialWorker_IsRefused()
    {
        Completed().CanAuthorise(Role.SocialWorker, Today, null, Timescales, Today).Message.ShouldBe("Only a team manager can authorise an assessment");
    }

    [Fact]
    public void CanAuthorise_InProgress_IsRefused()
    {
        ReadyToComplete().CanAuthorise(Role.TeamManager, Today, null, Timescales, Today).Message.ShouldBe("Only a completed assessment can be authorised");
    }

    [Fact]
    public void Authorise_OnTheDueDate_StopsTheClockInTime()
    {
        var assessment = Completed();

        assessment.Authorise(Role.TeamManager, Due, null, Timescales, Due, Change());

        assessment.Status.ShouldBe(AssessmentStatus.Authorised);
        assessment.AuthorisedOn.ShouldBe(Due);
        assessment.Evaluate(Timescales, Due.AddDays(30)).Status.ShouldBe(TimescaleStatus.MetInTime);
        assessment.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(new FieldChange("Authorised on", null, "2026-11-03"));
    }

    [Fact]
    public void CanAuthorise_TheDayAfterTheDueDateWithoutReason_IsRefused()
    {
        var assessment = Completed();

        assessment.CanAuthorise(Role.TeamManager, Due.AddDays(1), null, Timescales, Due.AddDays(1)).Message
            .ShouldBe("This assessment is late: it was due by 3 November 2026, 45 working days from the referral. Enter the reason it is late");
    }

    [Fact]
    public void Authorise_LateWithReason_IsMetLateWithTheReason()
    {
        var assessment = Completed();

        assessment.Authorise(Role.TeamManager, Due.AddDays(1), "Manager on leave", Timescales, Due.AddDays(1), Change());

        assessment.Evaluate(Timescales, Due.AddDays(1)).Status.ShouldBe(TimescaleStatus.MetLate);
        assessment.LatenessReason.ShouldBe("Manager on leave");
    }

    [Fact]
    public void CanAuthorise_BeforeCompletion_IsRefused()
    {
        var assessment = Completed(on: Today);

        assessment.CanAuthorise(Role.TeamManager, Today.AddDays(-1), null, Timescales, Today).Message
            .ShouldBe("The authorisation date cannot be before 2 November 2026");
    }

    [Fact]
    public void Return_WithNote_SendsItBackToTheWorkerAndTheClockKeepsRunning()
    {
        var assessment = Completed();

        assessment.Return(Role.TeamManager, "Add the school's view to the analysis", Change());

        assessment.Status.ShouldBe(AssessmentStatus.InProgress);
        assessment.CompletedOn.ShouldBeNull();
        assessment.ReturnNote.ShouldBe("Add the school's view to the analysis");
        assessment.Evaluate(Timescales, Today).DueDate.ShouldBe(Due);
        assessment.PendingChanges.ShouldHaveSingleItem().Fields.ShouldContain(new FieldChange("Status", "Awaiting authorisation", "In progress"));
    }

    [Fact]
    public void CanReturn_NoNote_IsRefused()
    {
        Completed().CanReturn(Role.TeamManager, "").Message.ShouldBe("Enter what the worker needs to do");
    }

    [Fact]
    public void CanReturn_SocialWorker_IsRefused()
    {
        Completed().CanReturn(Role.SocialWorker, "Note").Message.ShouldBe("Only a team manager can return an assessment");
    }

    [Fact]
    public void RecordAnalysis_AwaitingAuthorisation_IsRefused()
    {
        Should.Throw<DomainRuleException>(() => Completed().RecordAnalysis("Changed", AssessmentOutcome.EarlyHelp, null, Change()))
            .Message.ShouldBe("This assessment has been completed: a team manager must return it before it can be changed");
    }
}
