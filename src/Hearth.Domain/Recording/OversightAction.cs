namespace Hearth.Domain.Recording;

/// <summary>
/// An action set in management oversight: what is to be done, the worker it is for and the date it is due by. It stays
/// on the worker's list until they mark it done.
/// </summary>
public sealed class OversightAction
{
    internal OversightAction(Guid id, Guid oversightId, Guid childId, int number, string what, Guid workerId, DateOnly dueDate)
    {
        Id = id;
        OversightId = oversightId;
        ChildId = childId;
        Number = number;
        What = what;
        WorkerId = workerId;
        DueDate = dueDate;
    }

    private OversightAction()
    {
        What = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OversightId { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The action's place in the manager's list, from 1.</summary>
    public int Number { get; private set; }

    public string What { get; private set; }

    /// <summary>The worker the action is for.</summary>
    public Guid WorkerId { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>What the worker did, in their words.</summary>
    public string? CompletionNote { get; private set; }

    public string? CompletedByName { get; private set; }

    public bool IsDone => CompletedOn is not null;

    internal void Complete(DateOnly completedOn, string note, string completedByName)
    {
        CompletedOn = completedOn;
        CompletionNote = note;
        CompletedByName = completedByName;
    }
}
