using Hearth.Domain.Audit;

namespace Hearth.Domain.Workforce;

/// <summary>A team of workers that children are allocated to.</summary>
public sealed class Team : AuditedEntity
{
    public const int MaxNameLength = 100;

    private Team(Guid id, string name, TeamKind kind)
    {
        Id = id;
        Name = name;
        Kind = kind;
        IsActive = true;
    }

    private Team()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public TeamKind Kind { get; private set; }

    /// <summary>Inactive teams are kept for history; children cannot be allocated to them.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The worker who manages the team, if one has been appointed.</summary>
    public Guid? TeamManagerId { get; private set; }

    public static Team Create(string name, TeamKind kind, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = new Team(Guid.CreateVersion7(context.Now), CheckedName(name), CheckedKind(kind));
        team.RecordChange(
            null,
            team.Id,
            "Team created",
            context,
            FieldChange.Between("Name", null, team.Name),
            FieldChange.Between("Kind", null, team.Kind.DisplayName),
            FieldChange.Between<bool?>("Active", null, true));
        return team;
    }

    public void Rename(string name, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string newName = CheckedName(name);
        if (newName == Name)
        {
            return;
        }

        string before = Name;
        Name = newName;
        RecordChange(null, Id, "Team renamed", context, FieldChange.Between("Name", before, Name));
    }

    public void ChangeKind(TeamKind kind, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TeamKind newKind = CheckedKind(kind);
        if (newKind == Kind)
        {
            return;
        }

        TeamKind before = Kind;
        Kind = newKind;
        RecordChange(null, Id, "Team kind changed", context, FieldChange.Between("Kind", before.DisplayName, Kind.DisplayName));
    }

    public RuleResult CanAppointManager(Worker manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (manager.Role != Role.TeamManager)
        {
            return RuleResult.Refused($"{manager.FullName} is not a team manager. Change their role before appointing them.");
        }

        return manager.TeamId == Id
            ? RuleResult.Allowed
            : RuleResult.Refused($"{manager.FullName} is not in the {Name} team. Move them to the team before appointing them.");
    }

    public void AppointManager(Worker manager, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAppointManager(manager).ThrowIfRefused();
        if (TeamManagerId == manager.Id)
        {
            return;
        }

        Guid? before = TeamManagerId;
        TeamManagerId = manager.Id;
        RecordChange(
            null,
            Id,
            $"{manager.FullName} appointed team manager",
            context,
            FieldChange.Between("Team manager", before, TeamManagerId));
    }

    public void RemoveManager(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TeamManagerId is null)
        {
            return;
        }

        Guid? before = TeamManagerId;
        TeamManagerId = null;
        RecordChange(null, Id, "Team manager removed", context, FieldChange.Between("Team manager", before, TeamManagerId));
    }

    /// <summary>Closes the team to new allocations. Children already allocated stay until reallocated.</summary>
    public void Deactivate(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsActive)
        {
            return;
        }

        IsActive = false;
        RecordChange(null, Id, "Team made inactive", context, FieldChange.Between("Active", true, false));
    }

    public void Reactivate(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsActive)
        {
            return;
        }

        IsActive = true;
        RecordChange(null, Id, "Team made active", context, FieldChange.Between("Active", false, true));
    }

    private static string CheckedName(string name)
    {
        string trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Enter the team name", nameof(name));
        }

        return trimmed.Length <= MaxNameLength
            ? trimmed
            : throw new ArgumentException($"Team name must be {MaxNameLength} characters or fewer", nameof(name));
    }

    private static TeamKind CheckedKind(TeamKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Select the kind of team");
}
