namespace Hearth.Domain.Audit;

/// <summary>
/// An append-only entry in a record's history: what changed, with before and after values,
/// who changed it, when and why. Saved in the same transaction as the change itself.
/// </summary>
public sealed class ChangeRecord
{
    private readonly List<FieldChange> _fields;

    public ChangeRecord(
        Guid? childId,
        string entityType,
        Guid entityId,
        string summary,
        ChangeContext context,
        IEnumerable<FieldChange?> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ArgumentNullException.ThrowIfNull(context);
        Id = Guid.CreateVersion7(context.Now);
        ChildId = childId;
        EntityType = entityType;
        EntityId = entityId;
        Summary = summary;
        ActorId = context.ActorId;
        ActorName = context.ActorName;
        OccurredAt = context.Now;
        Reason = context.Reason;
        _fields = fields.OfType<FieldChange>().ToList();
    }

    private ChangeRecord()
    {
        EntityType = Summary = ActorName = string.Empty;
        _fields = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The child whose record this change belongs to, if any; drives the child's "Record history".</summary>
    public Guid? ChildId { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>What happened, in the sector's words ("Warning added", "Child allocated").</summary>
    public string Summary { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<FieldChange> Fields => _fields;
}
