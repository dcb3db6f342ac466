using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using static Hearth.Domain.Tests.Workforce.WorkforceTestData;

namespace Hearth.Domain.Tests.Workforce;

public class TeamTests
{
    [Fact]
    public void Create_ValidTeam_IsActiveAndRecordsCreation()
    {
        var team = Team.Create(" Front Door ", TeamKind.FrontDoor, Context());

        team.Name.ShouldBe("Front Door");
        team.IsActive.ShouldBeTrue();
        team.TeamManagerId.ShouldBeNull();
        ChangeRecord record = team.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("Team created");
        record.Fields.ShouldContain(new FieldChange("Kind", null, "Front door or MASH"));
    }

    [Fact]
    public void Create_BlankName_Throws()
    {
        Should.Throw<ArgumentException>(() => Team.Create("  ", TeamKind.Assessment, Context()))
            .Message.ShouldStartWith("Enter the team name");
    }

    [Fact]
    public void Deactivate_ActiveTeam_RecordsBeforeAndAfter()
    {
        Team team = CreateTeam();

        team.Deactivate(Context("Service restructure"));

        team.IsActive.ShouldBeFalse();
        ChangeRecord record = team.PendingChanges.ShouldHaveSingleItem();
        record.Fields.ShouldBe([new FieldChange("Active", "Yes", "No")]);
        record.Reason.ShouldBe("Service restructure");
    }

    [Fact]
    public void Reactivate_InactiveTeam_IsActive()
    {
        Team team = CreateTeam();
        team.Deactivate(Context());

        team.Reactivate(Context());

        team.IsActive.ShouldBeTrue();
        team.PendingChanges[^1].Fields.ShouldBe([new FieldChange("Active", "No", "Yes")]);
    }

    [Fact]
    public void AppointManager_TeamManagerInTheTeam_SetsManager()
    {
        Team team = CreateTeam();
        Worker manager = CreateWorker(team, "Sam", "Patel", Role.TeamManager);

        team.AppointManager(manager, Context());

        team.TeamManagerId.ShouldBe(manager.Id);
        team.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Team manager", null, manager.Id.ToString())]);
    }

    [Fact]
    public void AppointManager_SocialWorker_Refused()
    {
        Team team = CreateTeam();
        Worker worker = CreateWorker(team);

        RuleResult result = team.CanAppointManager(worker);

        result.Message.ShouldBe("Alex Okafor is not a team manager. Change their role before appointing them.");
        Should.Throw<DomainRuleException>(() => team.AppointManager(worker, Context()));
        team.TeamManagerId.ShouldBeNull();
    }

    [Fact]
    public void AppointManager_ManagerOfAnotherTeam_Refused()
    {
        Team team = CreateTeam("Assessment Team 1");
        Worker manager = CreateWorker(CreateTeam("Assessment Team 2"), "Sam", "Patel", Role.TeamManager);

        team.CanAppointManager(manager).Message.ShouldBe("Sam Patel is not in the Assessment Team 1 team. Move them to the team before appointing them.");
    }

    [Fact]
    public void RemoveManager_WithManager_ClearsIt()
    {
        Team team = CreateTeam();
        Worker manager = CreateWorker(team, "Sam", "Patel", Role.TeamManager);
        team.AppointManager(manager, Context());

        team.RemoveManager(Context());

        team.TeamManagerId.ShouldBeNull();
        team.PendingChanges[^1].Fields.ShouldBe([new FieldChange("Team manager", manager.Id.ToString(), null)]);
    }

    [Fact]
    public void Rename_NewName_RecordsBeforeAndAfter()
    {
        Team team = CreateTeam("Assessment Team 1");

        team.Rename("North Assessment Team", Context());

        team.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Name", "Assessment Team 1", "North Assessment Team")]);
    }
}
