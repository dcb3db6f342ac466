namespace Hearth.Domain;

/// <summary>
/// Thrown when a mutating domain method is asked to do something its <c>Can*</c> rule refuses.
/// The message is the rule's message, fit to show the user.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException()
    {
    }

    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
