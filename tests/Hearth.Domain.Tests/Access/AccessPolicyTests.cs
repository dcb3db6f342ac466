using Hearth.Domain.Access;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests.Access;

public class AccessPolicyTests
{
    private static readonly Guid AccountId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid UsersWorkerId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid ColleagueWorkerId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000b2");
    private static readonly Guid StrangerWorkerId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000b3");
    private static readonly Guid OtherAccountId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000a2");
    private static readonly Guid OwnTeamId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000d1");
    private static readonly Guid OtherTeamId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000d2");
    private static readonly Guid ChildId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000c1");

    public enum Scenario
    {
        Unallocated,
        AllocatedToOwnTeam,
        AllocatedToAnotherTeam,
        AllocatedToUserInAnotherTeam,
        RestrictedAndNamed,
        RestrictedAndNamedInAnotherTeam,
        RestrictedNotNamedThoughAllocatedToUser,
    }

    private static readonly Scenario[] Columns =
    [
        Scenario.Unallocated,
        Scenario.AllocatedToOwnTeam,
        Scenario.AllocatedToAnotherTeam,
        Scenario.AllocatedToUserInAnotherTeam,
        Scenario.RestrictedAndNamed,
        Scenario.RestrictedAndNamedInAnotherTeam,
        Scenario.RestrictedNotNamedThoughAllocatedToUser,
    ];

    public static TheoryData<Role, TeamKind, Scenario, bool> ViewCases => Expand(
        // Columns, in order: unallocated, own team, another team, the user in another team,
        // restricted and named, restricted and named in another team, restricted and not named.
        (Role.SocialWorker, TeamKind.Assessment, "Y  Y  N  Y  Y  Y   N"),
        (Role.SocialWorker, TeamKind.FrontDoor, "Y  Y  Y  Y  Y  Y   N"),
        (Role.TeamManager, TeamKind.Assessment, "Y  Y  N  Y  Y  Y   N"),
        (Role.TeamManager, TeamKind.FrontDoor, "Y  Y  Y  Y  Y  Y   N"),
        (Role.IndependentReviewingOfficer, TeamKind.Other, "Y  Y  Y  Y  Y  Y   N"),
        (Role.BusinessSupport, TeamKind.Assessment, "Y  Y  Y  Y  Y  Y   N"),
        (Role.QualityAssuranceOfficer, TeamKind.QualityAssurance, "Y  Y  Y  Y  Y  Y   N"),
        (Role.SeniorLeader, TeamKind.Other, "Y  Y  Y  Y  Y  Y   N"),
        (Role.DataOfficer, TeamKind.Other, "Y  Y  Y  Y  Y  Y   N"),
        (Role.Administrator, TeamKind.Other, "N  N  N  N  N  N   N"));

    public static TheoryData<Role, TeamKind, Scenario, bool> EditCases => Expand(
        // Columns, in order: unallocated, own team, another team, the user in another team,
        // restricted and named, restricted and named in another team, restricted and not named.
        (Role.SocialWorker, TeamKind.Assessment, "Y  Y  N  Y  Y  Y   N"),
        (Role.SocialWorker, TeamKind.FrontDoor, "Y  Y  Y  Y  Y  Y   N"),
        (Role.TeamManager, TeamKind.Assessment, "Y  Y  N  Y  Y  Y   N"),
        (Role.TeamManager, TeamKind.FrontDoor, "Y  Y  Y  Y  Y  Y   N"),
        (Role.IndependentReviewingOfficer, TeamKind.Other, "Y  Y  Y  Y  Y  Y   N"),
        (Role.BusinessSupport, TeamKind.Assessment, "Y  Y  Y  Y  Y  Y   N"),
        (Role.QualityAssuranceOfficer, TeamKind.QualityAssurance, "N  N  N  N  N  N   N"),
        (Role.SeniorLeader, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.DataOfficer, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.Administrator, TeamKind.Other, "N  N  N  N  N  N   N"));

    public static TheoryData<Role, TeamKind, Scenario, bool> AllocateCases => Expand(
        // Columns, in order: unallocated, own team, another team, the user in another team,
        // restricted and named, restricted and named in another team, restricted and not named.
        (Role.SocialWorker, TeamKind.Assessment, "N  N  N  N  N  N   N"),
        (Role.SocialWorker, TeamKind.FrontDoor, "Y  Y  N  N  Y  N   N"),
        (Role.TeamManager, TeamKind.Assessment, "Y  Y  N  N  Y  N   N"),
        (Role.TeamManager, TeamKind.FrontDoor, "Y  Y  N  N  Y  N   N"),
        (Role.IndependentReviewingOfficer, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.BusinessSupport, TeamKind.Assessment, "N  N  N  N  N  N   N"),
        (Role.QualityAssuranceOfficer, TeamKind.QualityAssurance, "N  N  N  N  N  N   N"),
        (Role.SeniorLeader, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.DataOfficer, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.Administrator, TeamKind.Other, "N  N  N  N  N  N   N"));

    public static TheoryData<Role, TeamKind, Scenario, bool> AccessLogCases => Expand(
        // Columns, in order: unallocated, own team, another team, the user in another team,
        // restricted and named, restricted and named in another team, restricted and not named.
        (Role.SocialWorker, TeamKind.Assessment, "N  N  N  N  N  N   N"),
        (Role.SocialWorker, TeamKind.FrontDoor, "N  N  N  N  N  N   N"),
        (Role.TeamManager, TeamKind.Assessment, "Y  Y  N  Y  Y  Y   N"),
        (Role.TeamManager, TeamKind.FrontDoor, "Y  Y  Y  Y  Y  Y   N"),
        (Role.IndependentReviewingOfficer, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.BusinessSupport, TeamKind.Assessment, "N  N  N  N  N  N   N"),
        (Role.QualityAssuranceOfficer, TeamKind.QualityAssurance, "Y  Y  Y  Y  Y  Y   N"),
        (Role.SeniorLeader, TeamKind.Other, "Y  Y  Y  Y  Y  Y   N"),
        (Role.DataOfficer, TeamKind.Other, "N  N  N  N  N  N   N"),
        (Role.Administrator, TeamKind.Other, "Y  Y  Y  Y  Y  Y   Y"));

    [Theory]
    [MemberData(nameof(ViewCases))]
    public void CanView_RoleAndScenario_FollowsThePolicyTable(Role role, TeamKind teamKind, Scenario scenario, bool expected)
    {
        AccessDecision decision = AccessPolicy.CanView(User(role, teamKind), Child(scenario));

        ShouldMatch(decision, expected);
    }

    [Theory]
    [MemberData(nameof(EditCases))]
    public void CanEdit_RoleAndScenario_FollowsThePolicyTable(Role role, TeamKind teamKind, Scenario scenario, bool expected)
    {
        AccessDecision decision = AccessPolicy.CanEdit(User(role, teamKind), Child(scenario));

        ShouldMatch(decision, expected);
    }

    [Theory]
    [MemberData(nameof(AllocateCases))]
    public void CanAllocate_RoleAndScenario_FollowsThePolicyTable(Role role, TeamKind teamKind, Scenario scenario, bool expected)
    {
        AccessDecision decision = AccessPolicy.CanAllocate(User(role, teamKind), Child(scenario));

        ShouldMatch(decision, expected);
    }

    [Theory]
    [MemberData(nameof(AccessLogCases))]
    public void CanViewAccessLog_RoleAndScenario_FollowsThePolicyTable(Role role, TeamKind teamKind, Scenario scenario, bool expected)
    {
        AccessDecision decision = AccessPolicy.CanViewAccessLog(User(role, teamKind), Child(scenario));

        ShouldMatch(decision, expected);
    }

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.TeamManager)]
    [InlineData(Role.IndependentReviewingOfficer)]
    [InlineData(Role.BusinessSupport)]
    [InlineData(Role.QualityAssuranceOfficer)]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.DataOfficer)]
    public void CanView_RestrictedAndNotNamed_ExplainsTheRestriction(Role role)
    {
        AccessDecision decision = AccessPolicy.CanView(User(role, TeamKind.FrontDoor), Child(Scenario.RestrictedNotNamedThoughAllocatedToUser));

        decision.Refusal.ShouldBe("This record is restricted. Only named people can see it.");
    }

    [Fact]
    public void CanView_AdministratorNamedOnRestrictedRecord_StillRefused()
    {
        AccessDecision decision = AccessPolicy.CanView(User(Role.Administrator, TeamKind.Other), Child(Scenario.RestrictedAndNamed));

        decision.IsAllowed.ShouldBeFalse();
        decision.Refusal.ShouldBe("Administrators manage user accounts and cannot see children's records.");
    }

    [Fact]
    public void CanView_SocialWorkerAndChildInAnotherTeam_SaysWhoToAsk()
    {
        AccessDecision decision = AccessPolicy.CanView(User(Role.SocialWorker, TeamKind.ChildInNeed), Child(Scenario.AllocatedToAnotherTeam));

        decision.Refusal.ShouldBe("This child is allocated to another team. Ask that team's manager if you need to see this record.");
    }

    [Fact]
    public void CanView_SocialWorkerWithoutTeam_SeesOnlyUnallocatedChildrenAndTheirOwn()
    {
        var user = new AccessUser(AccountId, Role.SocialWorker, WorkerId: UsersWorkerId);

        AccessPolicy.CanView(user, Child(Scenario.Unallocated)).IsAllowed.ShouldBeTrue();
        AccessPolicy.CanView(user, Child(Scenario.AllocatedToUserInAnotherTeam)).IsAllowed.ShouldBeTrue();
        AccessPolicy.CanView(user, Child(Scenario.AllocatedToOwnTeam)).IsAllowed.ShouldBeFalse();
    }

    [Fact]
    public void CanView_ChildAllocatedToWorkerWithNoTeamRecorded_CountsAsAllocated()
    {
        var child = new AccessChild(ChildId, false, [], [], [StrangerWorkerId]);

        AccessPolicy.CanView(User(Role.SocialWorker, TeamKind.Assessment), child).IsAllowed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Role.QualityAssuranceOfficer)]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.DataOfficer)]
    public void CanEdit_ReadOnlyRole_ExplainsTheyCanOnlyRead(Role role)
    {
        AccessDecision decision = AccessPolicy.CanEdit(User(role, TeamKind.Other), Child(Scenario.Unallocated));

        decision.Refusal.ShouldBe("Your role lets you see children's records but not change them.");
    }

    [Fact]
    public void CanEdit_RestrictedAndNotNamed_GivesTheRestrictionNotTheRole()
    {
        AccessDecision decision = AccessPolicy.CanEdit(User(Role.SeniorLeader, TeamKind.Other), Child(Scenario.RestrictedNotNamedThoughAllocatedToUser));

        decision.Refusal.ShouldBe("This record is restricted. Only named people can see it.");
    }

    [Theory]
    [InlineData(Role.BusinessSupport)]
    [InlineData(Role.SeniorLeader)]
    [InlineData(Role.IndependentReviewingOfficer)]
    public void CanAllocate_RoleThatDoesNotAllocate_SaysWhoCan(Role role)
    {
        AccessDecision decision = AccessPolicy.CanAllocate(User(role, TeamKind.Assessment), Child(Scenario.Unallocated));

        decision.Refusal.ShouldBe("Only team managers and front door workers can allocate children.");
    }

    [Fact]
    public void CanAllocate_FrontDoorManagerAndChildInAnotherTeam_LeavesItToThatTeam()
    {
        AccessDecision decision = AccessPolicy.CanAllocate(User(Role.TeamManager, TeamKind.FrontDoor), Child(Scenario.AllocatedToAnotherTeam));

        decision.Refusal.ShouldBe("This child is allocated to another team. Only that team can reallocate them.");
    }

    [Theory]
    [InlineData(Role.SocialWorker, false)]
    [InlineData(Role.TeamManager, true)]
    [InlineData(Role.IndependentReviewingOfficer, false)]
    [InlineData(Role.BusinessSupport, false)]
    [InlineData(Role.QualityAssuranceOfficer, true)]
    [InlineData(Role.SeniorLeader, true)]
    [InlineData(Role.DataOfficer, false)]
    [InlineData(Role.Administrator, true)]
    public void CanViewAccessLog_Role_OnlyManagersLeadersQualityAssuranceAndAdministrators(Role role, bool expected)
    {
        AccessDecision decision = AccessPolicy.CanViewAccessLog(User(role, TeamKind.Other));

        ShouldMatch(decision, expected);
    }

    [Theory]
    [InlineData(Role.SocialWorker, false)]
    [InlineData(Role.TeamManager, false)]
    [InlineData(Role.IndependentReviewingOfficer, false)]
    [InlineData(Role.BusinessSupport, false)]
    [InlineData(Role.QualityAssuranceOfficer, false)]
    [InlineData(Role.SeniorLeader, false)]
    [InlineData(Role.DataOfficer, false)]
    [InlineData(Role.Administrator, true)]
    public void CanManageUsers_Role_OnlyAdministrators(Role role, bool expected)
    {
        AccessDecision decision = AccessPolicy.CanManageUsers(User(role, TeamKind.Other));

        ShouldMatch(decision, expected);
        if (!expected)
        {
            decision.Refusal.ShouldBe("Only administrators can manage user accounts.");
        }
    }

    private static TheoryData<Role, TeamKind, Scenario, bool> Expand(params (Role Role, TeamKind TeamKind, string Row)[] table)
    {
        var data = new TheoryData<Role, TeamKind, Scenario, bool>();
        foreach ((Role role, TeamKind teamKind, string row) in table)
        {
            string[] cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cells.Length.ShouldBe(Columns.Length);
            for (int column = 0; column < Columns.Length; column++)
            {
                data.Add(role, teamKind, Columns[column], cells[column] == "Y");
            }
        }

        return data;
    }

    private static void ShouldMatch(AccessDecision decision, bool expected)
    {
        decision.IsAllowed.ShouldBe(expected);
        if (expected)
        {
            decision.Refusal.ShouldBeNull();
        }
        else
        {
            decision.Refusal.ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static AccessUser User(Role role, TeamKind teamKind) => new(AccountId, role, OwnTeamId, teamKind, UsersWorkerId);

    private static AccessChild Child(Scenario scenario) => scenario switch
    {
        Scenario.Unallocated => new AccessChild(ChildId, false, [], [], []),
        Scenario.AllocatedToOwnTeam => new AccessChild(ChildId, false, [], [OwnTeamId], [ColleagueWorkerId]),
        Scenario.AllocatedToAnotherTeam => new AccessChild(ChildId, false, [], [OtherTeamId], [StrangerWorkerId]),
        Scenario.AllocatedToUserInAnotherTeam => new AccessChild(ChildId, false, [], [OtherTeamId], [UsersWorkerId]),
        Scenario.RestrictedAndNamed => new AccessChild(ChildId, true, [OtherAccountId, AccountId], [OwnTeamId], [ColleagueWorkerId]),
        Scenario.RestrictedAndNamedInAnotherTeam => new AccessChild(ChildId, true, [AccountId], [OtherTeamId], [StrangerWorkerId]),
        Scenario.RestrictedNotNamedThoughAllocatedToUser => new AccessChild(ChildId, true, [OtherAccountId], [OwnTeamId], [UsersWorkerId]),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
    };
}
