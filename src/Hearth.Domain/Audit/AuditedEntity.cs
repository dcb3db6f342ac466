namespace Hearth.Domain.Audit;

/// <summary>
/// An entity whose mutating methods record what they change. The persistence layer takes the
/// pending records and saves them in the same transaction as the entity.
/// </summary>
public abstract class AuditedEntity
{
    private readonly List<ChangeRecord> _pendingChanges = [];

    /// <summary>Changes made since the entity was loaded that have not yet been saved.</summary>
    public IReadOnlyList<ChangeRecord> PendingChanges => _pendingChanges;

    /// <summary>Called by the persistence layer once the pending changes are part of the transaction.</summary>
    public IReadOnlyList<ChangeRecord> TakePendingChanges()
    {
        var taken = _pendingChanges.ToList();
        _pendingChanges.Clear();
        return taken;
    }

    protected void RecordChange(Guid? childId, Guid entityId, string summary, ChangeContext context, params FieldChange?[] fields) =>
        _pendingChanges.Add(new ChangeRecord(childId, GetType().Name, entityId, summary, context, fields));
}
