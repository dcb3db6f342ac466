namespace Hearth.Domain.Audit;

/// <summary>
/// Who made a change, when, and why. Every mutating domain method takes one, so a record
/// and its audit trail cannot disagree (ARCHITECTURE.md, principle 3).
/// </summary>
public sealed record ChangeContext
{
    public ChangeContext(Guid actorId, string actorName, DateTimeOffset now, string? reason = null)
    {
        if (actorId == Guid.Empty)
        {
            throw new ArgumentException("A change must say who made it.", nameof(actorId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actorName);
        ActorId = actorId;
        ActorName = actorName;
        Now = now.ToUniversalTime();
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>The user account that made the change.</summary>
    public Guid ActorId { get; }

    /// <summary>The user's display name at the time, kept so history reads well after they leave.</summary>
    public string ActorName { get; }

    /// <summary>The instant of the change, in UTC.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The reason given for the change, when the journey asks for one.</summary>
    public string? Reason { get; }

    /// <summary>The same person and reason at another instant, for a change made later in one journey.</summary>
    public ChangeContext At(DateTimeOffset now) => new(ActorId, ActorName, now, Reason);
}
