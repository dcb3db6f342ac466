namespace Hearth.Domain.FrontDoor;

/// <summary>
/// The answer on consent to share information about the family. The numbers are stored. Working Together to
/// Safeguard Children 2023 and the information sharing advice (2024): consent is sought unless doing so would
/// place a child at risk of significant harm, when it may be dispensed with, saying why.
/// </summary>
public enum ConsentDecision
{
    Given = 1,
    Refused = 2,
    DispensedWith = 3,
}

/// <summary>How the referrer was told their contact had been received. The numbers are stored.</summary>
public enum AcknowledgementMethod
{
    Telephone = 1,
    Email = 2,
    Letter = 3,
    InPerson = 4,
}

/// <summary>Display names for consent decisions.</summary>
public static class ConsentDecisionExtensions
{
    extension(ConsentDecision decision)
    {
        public string DisplayName => decision switch
        {
            ConsentDecision.Given => "Given",
            ConsentDecision.Refused => "Refused",
            ConsentDecision.DispensedWith => "Dispensed with",
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Unknown consent decision."),
        };
    }
}

/// <summary>Display names for acknowledgement methods.</summary>
public static class AcknowledgementMethodExtensions
{
    extension(AcknowledgementMethod method)
    {
        public string DisplayName => method switch
        {
            AcknowledgementMethod.Telephone => "Telephone",
            AcknowledgementMethod.Email => "Email",
            AcknowledgementMethod.Letter => "Letter",
            AcknowledgementMethod.InPerson => "In person",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown acknowledgement method."),
        };
    }
}
