using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using static Hearth.Domain.Tests.Workforce.WorkforceTestData;

namespace Hearth.Domain.Tests.Workforce;

public class WorkerTests
{
    [Theory]
    [InlineData(Role.SocialWorker, "Enter a Social Work England registration number. A social worker must be registered with Social Work England.")]
    [InlineData(Role.TeamManager, "Enter a Social Work England registration number. A team manager must be registered with Social Work England.")]
    public void CanHoldRole_CaseHolderWithoutRegistration_Refused(Role role, string expected)
    {
        RuleResult result = Worker.CanHoldRole(role, null);

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe(expected);
    }

    [Theory]
    [InlineData(Role.IndependentReviewingOfficer)]
    [InlineData(Role.BusinessSupport)]
    [InlineData(Role.QualityAssuranceOfficer)]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.DataOfficer)]
    [InlineData(Role.Administrator)]
    public void CanHoldRole_NonCaseHolderWithoutRegistration_Allowed(Role role)
    {
        Worker.CanHoldRole(role, null).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Create_SocialWorkerWithoutRegistration_Throws()
    {
        Team team = CreateTeam();

        Should.Throw<DomainRuleException>(() => CreateWorker(team, registration: null))
            .Message.ShouldStartWith("Enter a Social Work England registration number");
    }

    [Fact]
    public void Create_ValidSocialWorker_RecordsWhoWasAdded()
    {
        Team team = CreateTeam("Assessment Team 2");

        var worker = Worker.Create(
            " Alex ",
            "Okafor",
            Role.SocialWorker,
            team,
            EmailAddress.Create("Alex.Okafor@example.gov.uk"),
            SocialWorkEnglandNumber.Create("sw654321"),
            new DateOnly(2021, 4, 6),
            Context());

        worker.GivenName.ShouldBe("Alex");
        worker.FullName.ShouldBe("Alex Okafor");
        worker.TeamId.ShouldBe(team.Id);
        worker.Registration!.Value.ShouldBe("SW654321");
        ChangeRecord record = worker.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("Worker added");
        record.ChildId.ShouldBeNull();
        record.ActorId.ShouldBe(ActorId);
        record.Fields.ShouldContain(new FieldChange("Team", null, "Assessment Team 2"));
        record.Fields.ShouldContain(new FieldChange("Social Work England number", null, "SW654321"));
        record.Fields.ShouldContain(new FieldChange("Start date", null, "2021-04-06"));
        record.Fields.ShouldContain(new FieldChange("Email", null, "alex.okafor@example.gov.uk"));
    }

    [Fact]
    public void Create_InactiveTeam_Throws()
    {
        Team team = CreateTeam("Closed Team");
        team.Deactivate(Context());

        Should.Throw<DomainRuleException>(() => CreateWorker(team))
            .Message.ShouldBe("The Closed Team team is inactive. Choose an active team.");
    }

    [Fact]
    public void Create_BlankFamilyName_Throws()
    {
        Team team = CreateTeam();

        Should.Throw<ArgumentException>(() => Worker.Create(
                "Alex",
                " ",
                Role.BusinessSupport,
                team,
                EmailAddress.Create("alex@example.gov.uk"),
                null,
                new DateOnly(2024, 1, 8),
                Context()))
            .Message.ShouldStartWith("Enter the worker's last name");
    }

    [Fact]
    public void ChangeTeam_ActiveTeam_RecordsBeforeAndAfter()
    {
        Team first = CreateTeam("Assessment Team 1");
        Team second = CreateTeam("Children in Care Team", TeamKind.ChildrenLookedAfter);
        Worker worker = CreateWorker(first);

        worker.ChangeTeam(second, Context("Restructure"));

        worker.TeamId.ShouldBe(second.Id);
        ChangeRecord record = worker.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("Alex Okafor moved to Children in Care Team");
        record.Reason.ShouldBe("Restructure");
        record.Fields.ShouldBe([new FieldChange("Team", first.Id.ToString(), second.Id.ToString())]);
    }

    [Fact]
    public void ChangeTeam_SameTeam_RecordsNothing()
    {
        Team team = CreateTeam();
        Worker worker = CreateWorker(team);

        worker.ChangeTeam(team, Context());

        worker.PendingChanges.ShouldBeEmpty();
    }

    [Fact]
    public void ChangeTeam_InactiveTeam_ThrowsAndKeepsTeam()
    {
        Team first = CreateTeam();
        Team closed = CreateTeam("Closed Team");
        closed.Deactivate(Context());
        Worker worker = CreateWorker(first);

        Should.Throw<DomainRuleException>(() => worker.ChangeTeam(closed, Context()));

        worker.TeamId.ShouldBe(first.Id);
        worker.PendingChanges.ShouldBeEmpty();
    }

    [Fact]
    public void ChangeRole_BusinessSupportToSocialWorkerWithoutRegistration_Refused()
    {
        Worker worker = CreateWorker(CreateTeam(), role: Role.BusinessSupport, registration: null);

        RuleResult result = worker.CanChangeRole(Role.SocialWorker);

        result.IsAllowed.ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => worker.ChangeRole(Role.SocialWorker, Context()));
        worker.Role.ShouldBe(Role.BusinessSupport);
    }

    [Fact]
    public void ChangeRole_AfterRegistrationRecorded_RecordsBothChanges()
    {
        Worker worker = CreateWorker(CreateTeam(), role: Role.BusinessSupport, registration: null);

        worker.RecordRegistration(SocialWorkEnglandNumber.Create("SW777"), Context());
        worker.ChangeRole(Role.SocialWorker, Context("Qualified"));

        worker.Role.ShouldBe(Role.SocialWorker);
        worker.PendingChanges.Count.ShouldBe(2);
        worker.PendingChanges[0].Fields.ShouldBe([new FieldChange("Social Work England number", null, "SW777")]);
        worker.PendingChanges[1].Summary.ShouldBe("Alex Okafor's role changed");
        worker.PendingChanges[1].Fields.ShouldBe([new FieldChange("Role", "Business support", "Social worker")]);
    }

    [Fact]
    public void ChangeRole_SocialWorkerToTeamManager_Allowed()
    {
        Worker worker = CreateWorker(CreateTeam());

        worker.ChangeRole(Role.TeamManager, Context());

        worker.Role.ShouldBe(Role.TeamManager);
        worker.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Role", "Social worker", "Team manager")]);
    }

    [Fact]
    public void RecordLeaving_BeforeStartDate_Refused()
    {
        Worker worker = CreateWorker(CreateTeam(), startDate: new DateOnly(2024, 1, 8));

        RuleResult result = worker.CanRecordLeaving(new DateOnly(2024, 1, 5));

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe("The leaving date must be on or after Alex Okafor's start date, 8 January 2024");
        Should.Throw<DomainRuleException>(() => worker.RecordLeaving(new DateOnly(2024, 1, 5), Context()));
        worker.LeavingDate.ShouldBeNull();
    }

    [Fact]
    public void RecordLeaving_ValidDate_RecordsBeforeAndAfter()
    {
        Worker worker = CreateWorker(CreateTeam());

        worker.RecordLeaving(new DateOnly(2025, 3, 31), Context());

        worker.LeavingDate.ShouldBe(new DateOnly(2025, 3, 31));
        worker.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Leaving date", null, "2025-03-31")]);
    }

    [Fact]
    public void CanBeAllocatedFrom_OnLeavingDate_Allowed()
    {
        Worker worker = CreateWorker(CreateTeam());
        worker.RecordLeaving(new DateOnly(2025, 3, 31), Context());

        worker.CanBeAllocatedFrom(new DateOnly(2025, 3, 31)).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanBeAllocatedFrom_DayAfterLeaving_Refused()
    {
        Worker worker = CreateWorker(CreateTeam());
        worker.RecordLeaving(new DateOnly(2025, 3, 31), Context());

        RuleResult result = worker.CanBeAllocatedFrom(new DateOnly(2025, 4, 1));

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe("Alex Okafor left on 31 March 2025 and cannot be allocated children.");
    }

    [Fact]
    public void CanBeAllocatedFrom_BeforeStartDate_Refused()
    {
        Worker worker = CreateWorker(CreateTeam(), startDate: new DateOnly(2025, 4, 7));

        RuleResult result = worker.CanBeAllocatedFrom(new DateOnly(2025, 4, 4));

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe("Alex Okafor does not start until 7 April 2025. Choose a date on or after then.");
    }

    [Theory]
    [InlineData(Role.BusinessSupport)]
    [InlineData(Role.IndependentReviewingOfficer)]
    [InlineData(Role.SeniorLeader)]
    public void CanBeAllocatedFrom_RoleThatHoldsNoCases_Refused(Role role)
    {
        Worker worker = CreateWorker(CreateTeam(), role: role, registration: null);

        RuleResult result = worker.CanBeAllocatedFrom(new DateOnly(2025, 3, 10));

        result.IsAllowed.ShouldBeFalse();
        result.Message!.ShouldEndWith("Only social workers and team managers can be allocated children.");
    }
}
