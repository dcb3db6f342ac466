namespace Hearth.Domain.Workforce;

/// <summary>
/// The answer to a <c>Can*</c> question: allowed, or refused with a message a page can show as it is.
/// </summary>
public sealed record RuleResult
{
    private RuleResult(bool isAllowed, string? message)
    {
        IsAllowed = isAllowed;
        Message = message;
    }

    public static RuleResult Allowed { get; } = new(true, null);

    public bool IsAllowed { get; }

    /// <summary>Why it is refused, in the user's words; null when allowed.</summary>
    public string? Message { get; }

    public static RuleResult Refused(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new RuleResult(false, message);
    }

    /// <summary>Throws with the refusal message, for mutating methods that re-check their rule.</summary>
    public void ThrowIfRefused()
    {
        if (!IsAllowed)
        {
            throw new InvalidOperationException(Message);
        }
    }
}
