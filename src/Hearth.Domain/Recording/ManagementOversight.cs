using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;

namespace Hearth.Domain.Recording;

/// <summary>
/// A team manager's oversight of a child's case: the discussion, the direction given, and actions with the worker each
/// is for and the date it is due. Inspections (ILACS) look for oversight recorded on the child's file, with actions that
/// are followed through, so each action stays on its worker's list until it is marked done.
/// </summary>
public sealed class ManagementOversight : AuditedEntity
{
    public const int MaxTextLength = 20000;
    public const int MaxActionLength = 1000;
    public const int MaxNoteLength = 2000;
    public const int MaxNameLength = 200;

    private readonly List<OversightAction> _actions = [];

    private ManagementOversight(Guid id, Guid childId, DateOnly oversightDate, Guid managerAccountId, string managerName, string summary, string direction)
    {
        Id = id;
        ChildId = childId;
        OversightDate = oversightDate;
        ManagerAccountId = managerAccountId;
        ManagerName = managerName;
        Summary = summary;
        Direction = direction;
        Version = id;
    }

    private ManagementOversight()
    {
        ManagerName = Summary = Direction = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The date of the case discussion.</summary>
    public DateOnly OversightDate { get; private set; }

    /// <summary>The account of the team manager who gave the oversight.</summary>
    public Guid ManagerAccountId { get; private set; }

    /// <summary>The team manager's name when they recorded it.</summary>
    public string ManagerName { get; private set; }

    /// <summary>A summary of the case discussion.</summary>
    public string Summary { get; private set; }

    /// <summary>The manager's direction on the case.</summary>
    public string Direction { get; private set; }

    /// <summary>Changes on every save, so two people marking actions done cannot overwrite each other.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<OversightAction> Actions => _actions;

    public static RuleResult CanBeRecordedBy(Role role) =>
        role == Role.TeamManager
            ? RuleResult.Allowed
            : RuleResult.Refused("Only a team manager can record management oversight");

    public static RuleResult CanRecord(Role role, DateOnly oversightDate, string? summary, string? direction, IReadOnlyList<OversightActionInput> actions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var byRole = CanBeRecordedBy(role);
        if (!byRole.IsAllowed)
        {
            return byRole;
        }

        return RuleResult.FirstRefusal([
            CanHaveDate(oversightDate, today),
            CanHaveSummary(summary),
            CanHaveDirection(direction),
            .. actions.Select((action, index) => CanHaveAction(index + 1, action, oversightDate)),
        ]);
    }

    public static RuleResult CanHaveDate(DateOnly oversightDate, DateOnly today) =>
        oversightDate > today ? RuleResult.Refused("The date of the oversight cannot be in the future") : RuleResult.Allowed;

    public static RuleResult CanHaveSummary(string? summary) => Required(summary, MaxTextLength, "a summary of the case discussion", "The summary");

    public static RuleResult CanHaveDirection(string? direction) => Required(direction, MaxTextLength, "the direction given", "The direction");

    /// <summary>Whether action <paramref name="number"/> can be set as entered; a blank action is left out.</summary>
    public static RuleResult CanHaveAction(int number, OversightActionInput action, DateOnly oversightDate)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.IsBlank)
        {
            return RuleResult.Allowed;
        }

        var what = Required(action.What, MaxActionLength, $"what action {number} is", $"Action {number}");
        if (!what.IsAllowed)
        {
            return what;
        }

        if (action.WorkerId is null || action.WorkerId == Guid.Empty)
        {
            return RuleResult.Refused($"Select who action {number} is for");
        }

        if (action.DueDate is not { } due)
        {
            return RuleResult.Refused($"Enter the date action {number} is due by");
        }

        return due < oversightDate
            ? RuleResult.Refused($"The date action {number} is due by cannot be before the oversight, {DisplayDate.Of(oversightDate)}")
            : RuleResult.Allowed;
    }

    /// <summary>Records oversight on the child's case by the team manager in <paramref name="context"/>; blank actions are left out.</summary>
    public static ManagementOversight Record(
        Guid childId,
        Role role,
        DateOnly oversightDate,
        string summary,
        string direction,
        IReadOnlyList<OversightActionInput> actions,
        DateOnly today,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actions);
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("Oversight must be of a child's case.", nameof(childId));
        }

        CanRecord(role, oversightDate, summary, direction, actions, today).ThrowIfRefused();
        var oversight = new ManagementOversight(
            Guid.CreateVersion7(context.Now), childId, oversightDate, context.ActorId, Truncate(context.ActorName, MaxNameLength), summary.Trim(), direction.Trim());
        var number = 0;
        foreach (var action in actions.Where(a => !a.IsBlank))
        {
            number++;
            oversight._actions.Add(new OversightAction(
                Guid.CreateVersion7(context.Now), oversight.Id, childId, number, action.What!.Trim(), action.WorkerId!.Value, action.DueDate!.Value));
        }

        var names = actions.Where(a => !a.IsBlank && !string.IsNullOrWhiteSpace(a.WorkerName))
            .GroupBy(a => a.WorkerId!.Value)
            .ToDictionary(g => g.Key, g => g.First().WorkerName!.Trim());
        oversight.RecordChange(
            childId,
            oversight.Id,
            "Management oversight recorded",
            context,
            [
                FieldChange.Between<DateOnly?>("Date of oversight", null, oversightDate),
                FieldChange.Between("Summary of the discussion", null, oversight.Summary),
                FieldChange.Between("Direction", null, oversight.Direction),
                .. oversight._actions.Select(a => FieldChange.Between($"Action {a.Number}", null, $"{a.What} (for {names.GetValueOrDefault(a.WorkerId, $"worker {a.WorkerId}")}, by {DisplayDate.Of(a.DueDate)})")),
            ]);
        return oversight;
    }

    public RuleResult CanCompleteAction(Guid actionId, DateOnly completedOn, string? note, DateOnly today)
    {
        var action = _actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return RuleResult.Refused("That action is not part of this oversight");
        }

        if (action.IsDone)
        {
            return RuleResult.Refused($"Action {action.Number} was already marked done on {DisplayDate.Of(action.CompletedOn!.Value)}");
        }

        if (completedOn > today)
        {
            return RuleResult.Refused("The date the action was done cannot be in the future");
        }

        if (completedOn < OversightDate)
        {
            return RuleResult.Refused($"The date the action was done cannot be before the oversight, {DisplayDate.Of(OversightDate)}");
        }

        return Required(note, MaxNoteLength, "what was done", "The note");
    }

    /// <summary>Marks an action done, with the worker's note of what was done.</summary>
    public void CompleteAction(Guid actionId, DateOnly completedOn, string note, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanCompleteAction(actionId, completedOn, note, today).ThrowIfRefused();
        var action = _actions.Single(a => a.Id == actionId);
        action.Complete(completedOn, note.Trim(), Truncate(context.ActorName, MaxNameLength));
        Version = Guid.CreateVersion7(context.Now);
        RecordChange(
            ChildId,
            Id,
            $"Oversight action {action.Number} done",
            context,
            FieldChange.Between<DateOnly?>($"Action {action.Number} done on", null, completedOn),
            FieldChange.Between($"Action {action.Number} note", null, action.CompletionNote));
    }

    private static RuleResult Required(string? value, int maxLength, string what, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return RuleResult.Refused($"Enter {what}");
        }

        return value.Trim().Length > maxLength
            ? RuleResult.Refused($"{name} must be {maxLength:N0} characters or fewer")
            : RuleResult.Allowed;
    }

    private static string Truncate(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
