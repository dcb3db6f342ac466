using Hearth.Domain.Workforce;

namespace Hearth.Domain.Access;

/// <summary>
/// Who can see and change which children's records. Every page under a child's record asks
/// <see cref="CanView"/> and logs the answer, allowed or refused. The rules and the reasons for
/// them are in docs/adr/0002-access-policy.md.
/// </summary>
public static class AccessPolicy
{
    private const string Restricted = "This record is restricted. Only named people can see it.";
    private const string AdministratorsSeeNoRecords =
        "Administrators manage user accounts and cannot see children's records.";
    private const string AllocatedElsewhere =
        "This child is allocated to another team. Ask that team's manager if you need to see this record.";
    private const string ReadOnly = "Your role lets you see children's records but not change them.";
    private const string AllocatorsOnly = "Only team managers and front door workers can allocate children.";
    private const string ReallocateOwnTeamOnly =
        "This child is allocated to another team. Only that team can reallocate them.";
    private const string AccessLogRoles =
        "Only team managers, senior leaders, quality assurance officers and administrators can see who has looked at a record.";
    private const string AdministratorsOnly = "Only administrators can manage user accounts.";

    public static AccessDecision CanView(AccessUser user, AccessChild child)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(child);
        if (user.Role == Role.Administrator)
        {
            return AccessDecision.Refused(AdministratorsSeeNoRecords);
        }

        if (child.IsRestricted)
        {
            return child.NamedAccountIds.Contains(user.AccountId)
                ? AccessDecision.Allowed
                : AccessDecision.Refused(Restricted);
        }

        return user.Role switch
        {
            Role.SocialWorker or Role.TeamManager => CanViewAsCaseHolder(user, child),
            Role.IndependentReviewingOfficer
                or Role.QualityAssuranceOfficer
                or Role.SeniorLeader
                or Role.DataOfficer
                or Role.BusinessSupport => AccessDecision.Allowed,
            _ => throw new ArgumentOutOfRangeException(nameof(user), user.Role, "Unknown role."),
        };
    }

    /// <summary>
    /// Whether the user can add to or change the child's record: details, warnings, visits, plans.
    /// Allocation is a separate question (<see cref="CanAllocate"/>).
    /// </summary>
    public static AccessDecision CanEdit(AccessUser user, AccessChild child)
    {
        AccessDecision view = CanView(user, child);
        if (!view.IsAllowed)
        {
            return view;
        }

        return user.Role is Role.DataOfficer or Role.QualityAssuranceOfficer or Role.SeniorLeader
            ? AccessDecision.Refused(ReadOnly)
            : AccessDecision.Allowed;
    }

    /// <summary>
    /// Team managers and front door social workers allocate children who are unallocated or
    /// allocated to their own team; a child allocated elsewhere is reallocated by that team.
    /// </summary>
    public static AccessDecision CanAllocate(AccessUser user, AccessChild child)
    {
        AccessDecision view = CanView(user, child);
        if (!view.IsAllowed)
        {
            return view;
        }

        bool allocates = user.Role == Role.TeamManager
            || (user.Role == Role.SocialWorker && user.TeamKind == TeamKind.FrontDoor);
        if (!allocates)
        {
            return AccessDecision.Refused(AllocatorsOnly);
        }

        return !child.IsAllocated || IsAllocatedToUsersTeam(user, child)
            ? AccessDecision.Allowed
            : AccessDecision.Refused(ReallocateOwnTeamOnly);
    }

    /// <summary>Whether the user can use the access log at all.</summary>
    public static AccessDecision CanViewAccessLog(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is Role.TeamManager or Role.SeniorLeader or Role.QualityAssuranceOfficer or Role.Administrator
            ? AccessDecision.Allowed
            : AccessDecision.Refused(AccessLogRoles);
    }

    /// <summary>
    /// Whether the user can see who has looked at this child's record. Administrators can, to
    /// investigate access, without seeing the record; others only for records they can see.
    /// </summary>
    public static AccessDecision CanViewAccessLog(AccessUser user, AccessChild child)
    {
        AccessDecision log = CanViewAccessLog(user);
        if (!log.IsAllowed || user.Role == Role.Administrator)
        {
            return log;
        }

        return CanView(user, child);
    }

    public static AccessDecision CanManageUsers(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == Role.Administrator
            ? AccessDecision.Allowed
            : AccessDecision.Refused(AdministratorsOnly);
    }

    private static AccessDecision CanViewAsCaseHolder(AccessUser user, AccessChild child)
    {
        bool visible = user.TeamKind == TeamKind.FrontDoor
            || !child.IsAllocated
            || IsAllocatedToUsersTeam(user, child)
            || (user.WorkerId is { } workerId && child.AllocatedWorkerIds.Contains(workerId));
        return visible ? AccessDecision.Allowed : AccessDecision.Refused(AllocatedElsewhere);
    }

    private static bool IsAllocatedToUsersTeam(AccessUser user, AccessChild child) =>
        user.TeamId is { } teamId && child.AllocatedTeamIds.Contains(teamId);
}
