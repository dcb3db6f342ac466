using Hearth.Domain.Audit;

namespace Hearth.Domain.Workforce;

/// <summary>A member of staff in children's services: who they are, what they do and which team they are in.</summary>
public sealed class Worker : AuditedEntity
{
    public const int MaxNameLength = 100;

    private Worker(
        Guid id,
        string givenName,
        string familyName,
        Role role,
        Guid teamId,
        EmailAddress email,
        SocialWorkEnglandNumber? registration,
        DateOnly startDate)
    {
        Id = id;
        GivenName = givenName;
        FamilyName = familyName;
        Role = role;
        TeamId = teamId;
        Email = email;
        Registration = registration;
        StartDate = startDate;
    }

    private Worker()
    {
        GivenName = FamilyName = string.Empty;
        Email = null!;
    }

    public Guid Id { get; private set; }

    public string GivenName { get; private set; }

    public string FamilyName { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public Role Role { get; private set; }

    public Guid TeamId { get; private set; }

    public EmailAddress Email { get; private set; }

    /// <summary>Social Work England registration; required for social workers and team managers.</summary>
    public SocialWorkEnglandNumber? Registration { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The worker's last working day, once known.</summary>
    public DateOnly? LeavingDate { get; private set; }

    public static RuleResult CanHoldRole(Role role, SocialWorkEnglandNumber? registration)
    {
        if (!Enum.IsDefined(role))
        {
            return RuleResult.Refused("Select a role");
        }

        return role.RequiresSocialWorkEnglandRegistration && registration is null
            ? RuleResult.Refused($"Enter a Social Work England registration number. A {role.DisplayName.ToLowerInvariant()} must be registered with Social Work England.")
            : RuleResult.Allowed;
    }

    public static Worker Create(
        string givenName,
        string familyName,
        Role role,
        Team team,
        EmailAddress email,
        SocialWorkEnglandNumber? registration,
        DateOnly startDate,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(context);
        CanHoldRole(role, registration).ThrowIfRefused();
        CanJoin(team).ThrowIfRefused();
        var worker = new Worker(
            Guid.CreateVersion7(context.Now),
            CheckedName(givenName, "Enter the worker's first name", nameof(givenName)),
            CheckedName(familyName, "Enter the worker's last name", nameof(familyName)),
            role,
            team.Id,
            email,
            registration,
            startDate);
        worker.RecordChange(
            null,
            worker.Id,
            "Worker added",
            context,
            FieldChange.Between("Given name", null, worker.GivenName),
            FieldChange.Between("Family name", null, worker.FamilyName),
            FieldChange.Between("Role", null, role.DisplayName),
            FieldChange.Between("Team", null, team.Name),
            FieldChange.Between("Email", null, email.Value),
            FieldChange.Between("Social Work England number", null, registration?.Value),
            FieldChange.Between<DateOnly?>("Start date", null, startDate));
        return worker;
    }

    public static RuleResult CanJoin(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.IsActive
            ? RuleResult.Allowed
            : RuleResult.Refused($"The {team.Name} team is inactive. Choose an active team.");
    }

    public void ChangeTeam(Team team, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanJoin(team).ThrowIfRefused();
        if (team.Id == TeamId)
        {
            return;
        }

        Guid before = TeamId;
        TeamId = team.Id;
        RecordChange(null, Id, $"{FullName} moved to {team.Name}", context, FieldChange.Between("Team", before, TeamId));
    }

    public RuleResult CanChangeRole(Role role) => CanHoldRole(role, Registration);

    public void ChangeRole(Role role, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanChangeRole(role).ThrowIfRefused();
        if (role == Role)
        {
            return;
        }

        Role before = Role;
        Role = role;
        RecordChange(null, Id, $"{FullName}'s role changed", context, FieldChange.Between("Role", before.DisplayName, Role.DisplayName));
    }

    public void RecordRegistration(SocialWorkEnglandNumber registration, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(context);
        if (registration == Registration)
        {
            return;
        }

        string? before = Registration?.Value;
        Registration = registration;
        RecordChange(
            null,
            Id,
            "Social Work England registration recorded",
            context,
            FieldChange.Between("Social Work England number", before, registration.Value));
    }

    public void ChangeEmail(EmailAddress email, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(context);
        if (email == Email)
        {
            return;
        }

        string before = Email.Value;
        Email = email;
        RecordChange(null, Id, "Email address changed", context, FieldChange.Between("Email", before, email.Value));
    }

    public RuleResult CanRecordLeaving(DateOnly leavingDate) =>
        leavingDate >= StartDate
            ? RuleResult.Allowed
            : RuleResult.Refused($"The leaving date must be on or after {FullName}'s start date, {DisplayDate.Of(StartDate)}");

    public void RecordLeaving(DateOnly leavingDate, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanRecordLeaving(leavingDate).ThrowIfRefused();
        if (leavingDate == LeavingDate)
        {
            return;
        }

        DateOnly? before = LeavingDate;
        LeavingDate = leavingDate;
        RecordChange(null, Id, $"{FullName}'s leaving date recorded", context, FieldChange.Between("Leaving date", before, LeavingDate));
    }

    public bool HasLeftBy(DateOnly date) => LeavingDate < date;

    /// <summary>
    /// Whether children can be allocated to this worker from <paramref name="date"/>: they hold cases,
    /// have started and have not left.
    /// </summary>
    public RuleResult CanBeAllocatedFrom(DateOnly date)
    {
        if (!Role.HoldsCases)
        {
            return RuleResult.Refused($"{FullName} is a {Role.DisplayName.ToLowerInvariant()}. Only social workers and team managers can be allocated children.");
        }

        if (HasLeftBy(date))
        {
            return RuleResult.Refused($"{FullName} left on {DisplayDate.Of(LeavingDate!.Value)} and cannot be allocated children.");
        }

        return date >= StartDate
            ? RuleResult.Allowed
            : RuleResult.Refused($"{FullName} does not start until {DisplayDate.Of(StartDate)}. Choose a date on or after then.");
    }

    private static string CheckedName(string value, string message, string parameter)
    {
        string trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException(message, parameter);
        }

        return trimmed.Length <= MaxNameLength
            ? trimmed
            : throw new ArgumentException($"Names must be {MaxNameLength} characters or fewer", parameter);
    }
}
