namespace Hearth.Domain;

/// <summary>
/// The answer to a <c>Can*</c> question on the domain: allowed, or refused with a message a page
/// can show the user as it stands.
/// </summary>
public sealed record RuleResult
{
    private RuleResult(string? message)
    {
        Message = message;
    }

    /// <summary>The action may go ahead.</summary>
    public static RuleResult Allowed { get; } = new((string?)null);

    /// <summary>True when the action may go ahead.</summary>
    public bool IsAllowed => Message is null;

    /// <summary>Why the action may not go ahead, in the sector's words; null when allowed.</summary>
    public string? Message { get; }

    /// <summary>The action may not go ahead, for the reason given.</summary>
    public static RuleResult Refused(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new RuleResult(message);
    }

    /// <summary>The first refusal among several checks, or allowed when none refuses.</summary>
    public static RuleResult FirstRefusal(params RuleResult[] results) =>
        results.FirstOrDefault(r => !r.IsAllowed) ?? Allowed;

    /// <summary>Throws <see cref="DomainRuleException"/> carrying the message when refused.</summary>
    public void ThrowIfRefused()
    {
        if (Message is not null)
        {
            throw new DomainRuleException(Message);
        }
    }
}
