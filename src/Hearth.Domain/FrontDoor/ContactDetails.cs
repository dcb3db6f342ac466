namespace Hearth.Domain.FrontDoor;

/// <summary>What the front door is told when a contact comes in.</summary>
/// <param name="ReceivedAt">When children's social care received it.</param>
/// <param name="Source">Who it came from, by the CIN census referral source code.</param>
/// <param name="ReferrerName">The person who made it; may be blank for an anonymous contact.</param>
/// <param name="ReferrerAgency">The agency or organisation they made it for, if any.</param>
/// <param name="PresentingConcerns">What the referrer is worried about, in their words.</param>
/// <param name="ChildIds">The children it is about: one contact can concern brothers and sisters.</param>
/// <param name="IsDomesticAbuseNotification">Whether it is a police notification of a domestic abuse incident.</param>
public sealed record ContactDetails(
    DateTimeOffset ReceivedAt,
    ReferralSource Source,
    string? ReferrerName,
    string? ReferrerAgency,
    string PresentingConcerns,
    IReadOnlyList<Guid> ChildIds,
    bool IsDomesticAbuseNotification);
