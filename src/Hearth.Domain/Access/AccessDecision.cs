namespace Hearth.Domain.Access;

/// <summary>
/// The answer to an access question: allowed, or refused with a reason phrased for the person who asked.
/// A refused view is still logged (see <see cref="Audit.RecordView"/>).
/// </summary>
public sealed record AccessDecision
{
    private AccessDecision(bool isAllowed, string? refusal)
    {
        IsAllowed = isAllowed;
        Refusal = refusal;
    }

    public static AccessDecision Allowed { get; } = new(true, null);

    public bool IsAllowed { get; }

    /// <summary>Why access is refused, to show to the user; null when allowed.</summary>
    public string? Refusal { get; }

    public static AccessDecision Refused(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new AccessDecision(false, reason);
    }
}
