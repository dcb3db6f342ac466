using Hearth.Domain.Audit;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests.Recording;

public class ManagementOversightTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly ChangeContext Manager = new(Guid.CreateVersion7(), "Morgan Reid", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
    private static readonly Guid ChildId = Guid.CreateVersion7();
    private static readonly Guid WorkerId = Guid.CreateVersion7();

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.IndependentReviewingOfficer)]
    public void CanBeRecordedBy_NotATeamManager_IsRefused(Role role) =>
        ManagementOversight.CanBeRecordedBy(role).Message.ShouldBe("Only a team manager can record management oversight");

    [Fact]
    public void CanBeRecordedBy_TeamManager_IsAllowed() =>
        ManagementOversight.CanBeRecordedBy(Role.TeamManager).IsAllowed.ShouldBeTrue();

    [Fact]
    public void CanRecord_InTheFuture_IsRefused() =>
        ManagementOversight.CanRecord(Role.TeamManager, Today.AddDays(1), "Discussed", "Continue", [], Today)
            .Message.ShouldBe("The date of the oversight cannot be in the future");

    [Theory]
    [InlineData(null, "Continue", "Enter a summary of the case discussion")]
    [InlineData("Discussed", " ", "Enter the direction given")]
    public void CanRecord_MissingText_AsksForIt(string? summary, string? direction, string message) =>
        ManagementOversight.CanRecord(Role.TeamManager, Today, summary, direction, [], Today).Message.ShouldBe(message);

    [Fact]
    public void CanHaveAction_Blank_IsAllowedAndLeftOut() =>
        ManagementOversight.CanHaveAction(2, new OversightActionInput(" ", null, null), Today).IsAllowed.ShouldBeTrue();

    [Fact]
    public void CanHaveAction_NoWorker_AsksWhoItIsFor() =>
        ManagementOversight.CanHaveAction(2, new OversightActionInput("Visit", null, Today), Today).Message.ShouldBe("Select who action 2 is for");

    [Fact]
    public void CanHaveAction_NoDate_AsksWhenItIsDue() =>
        ManagementOversight.CanHaveAction(1, new OversightActionInput("Visit", WorkerId, null), Today).Message.ShouldBe("Enter the date action 1 is due by");

    [Fact]
    public void CanHaveAction_DueBeforeTheOversight_IsRefused() =>
        ManagementOversight.CanHaveAction(1, new OversightActionInput("Visit", WorkerId, Today.AddDays(-1)), Today)
            .Message.ShouldBe("The date action 1 is due by cannot be before the oversight, 2 November 2026");

    [Fact]
    public void Record_NotATeamManager_Throws() =>
        Should.Throw<DomainRuleException>(() => ManagementOversight.Record(ChildId, Role.SocialWorker, Today, "Discussed", "Continue", [], Today, Manager));

    [Fact]
    public void Record_WithActions_NumbersTheEnteredOnesAndRecordsTheChange()
    {
        var oversight = ManagementOversight.Record(ChildId, Role.TeamManager, Today, " Discussed ", "Continue the plan", [
            new OversightActionInput("Visit the child at school", WorkerId, Today.AddDays(5)),
            new OversightActionInput(null, null, null),
            new OversightActionInput("Chase the health visitor", WorkerId, Today.AddDays(2)),
        ], Today, Manager);

        oversight.Summary.ShouldBe("Discussed");
        oversight.ManagerName.ShouldBe("Morgan Reid");
        oversight.ManagerAccountId.ShouldBe(Manager.ActorId);
        oversight.Actions.Select(a => (a.Number, a.What, a.ChildId)).ShouldBe([(1, "Visit the child at school", ChildId), (2, "Chase the health visitor", ChildId)]);
        var change = oversight.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Management oversight recorded");
        change.Fields.ShouldContain(new FieldChange("Direction", null, "Continue the plan"));
        change.Fields.Count(f => f.Field.StartsWith("Action ", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void CompleteAction_WithNote_MarksItDoneAndRecordsTheChange()
    {
        var oversight = WithOneAction();
        var action = oversight.Actions[0];
        var worker = new ChangeContext(Guid.CreateVersion7(), "Priya Shah", Manager.Now.AddDays(1));

        oversight.CompleteAction(action.Id, Today, " Visited on Monday ", Today, worker);

        action.IsDone.ShouldBeTrue();
        action.CompletionNote.ShouldBe("Visited on Monday");
        action.CompletedByName.ShouldBe("Priya Shah");
        var change = oversight.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Oversight action 1 done");
        change.Fields.ShouldContain(new FieldChange("Action 1 done on", null, "2026-11-02"));
    }

    [Fact]
    public void CanCompleteAction_AlreadyDone_IsRefused()
    {
        var oversight = WithOneAction();
        var action = oversight.Actions[0];
        oversight.CompleteAction(action.Id, Today, "Done", Today, Manager);

        oversight.CanCompleteAction(action.Id, Today, "Again", Today).Message.ShouldBe("Action 1 was already marked done on 2 November 2026");
    }

    [Fact]
    public void CanCompleteAction_ActionOfAnotherOversight_IsRefused() =>
        WithOneAction().CanCompleteAction(WithOneAction().Actions[0].Id, Today, null, Today).Message.ShouldBe("That action is not part of this oversight");

    [Fact]
    public void CanCompleteAction_NoNoteOnItsOwnAction_AsksWhatWasDone()
    {
        var oversight = WithOneAction();

        oversight.CanCompleteAction(oversight.Actions[0].Id, Today, " ", Today).Message.ShouldBe("Enter what was done");
    }

    [Fact]
    public void CanCompleteAction_InTheFuture_IsRefused()
    {
        var oversight = WithOneAction();

        oversight.CanCompleteAction(oversight.Actions[0].Id, Today.AddDays(1), "Done", Today).Message.ShouldBe("The date the action was done cannot be in the future");
    }

    [Fact]
    public void Record_ActionWithTheWorkersName_NamesTheWorkerInTheHistoryNotTheirId()
    {
        var oversight = ManagementOversight.Record(
            ChildId, Role.TeamManager, Today, "Discussed", "Continue", [new OversightActionInput("Visit", WorkerId, Today.AddDays(3), "Sam Patel")], Today, Manager);

        var action = oversight.TakePendingChanges().ShouldHaveSingleItem().Fields.Single(f => f.Field == "Action 1");

        action.After.ShouldNotBeNull().ShouldContain("for Sam Patel");
        action.After.ShouldNotContain(WorkerId.ToString());
    }

    private static ManagementOversight WithOneAction()
    {
        var oversight = ManagementOversight.Record(ChildId, Role.TeamManager, Today, "Discussed", "Continue", [new OversightActionInput("Visit", WorkerId, Today.AddDays(3))], Today, Manager);
        oversight.TakePendingChanges();
        return oversight;
    }
}
