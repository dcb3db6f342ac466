namespace Hearth.Domain.Audit;

/// <summary>
/// One look at a child's record, or one refused attempt to look. Append-only; drives the
/// "Access log" that shows who has seen a child's record.
/// </summary>
public sealed class RecordView
{
    public RecordView(Guid childId, Guid userId, string userName, string page, DateTimeOffset occurredAt, bool allowed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(page);
        Id = Guid.CreateVersion7(occurredAt);
        ChildId = childId;
        UserId = userId;
        UserName = userName;
        Page = page;
        OccurredAt = occurredAt.ToUniversalTime();
        Allowed = allowed;
    }

    private RecordView()
    {
        UserName = Page = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    public Guid UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The page looked at, as its path ("/children/{id}/family").</summary>
    public string Page { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>False when access was refused: a refused attempt is logged as carefully as a view.</summary>
    public bool Allowed { get; private set; }
}
