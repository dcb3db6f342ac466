namespace Hearth.Domain.FrontDoor;

/// <summary>
/// A multi-agency check made on a contact: what was asked of one agency, when, and what it said (Working Together
/// to Safeguard Children 2023: agencies share information to inform the decision on a referral).
/// </summary>
public sealed class AgencyCheck
{
    public const int MaxAgencyNameLength = 200;
    public const int MaxResponseLength = 8000;

    internal AgencyCheck(Guid id, CheckAgency agency, string? otherAgencyName, DateTimeOffset requestedAt)
    {
        Id = id;
        Agency = agency;
        OtherAgencyName = agency == CheckAgency.Other ? otherAgencyName?.Trim() : null;
        RequestedAt = requestedAt.ToUniversalTime();
    }

    private AgencyCheck()
    {
    }

    public Guid Id { get; private set; }

    public CheckAgency Agency { get; private set; }

    /// <summary>The agency's name when it is none of the named kinds.</summary>
    public string? OtherAgencyName { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>What the agency said.</summary>
    public string? Response { get; private set; }

    /// <summary>The agency as people say it: "Police", or the other agency's name.</summary>
    public string AgencyName => Agency == CheckAgency.Other && OtherAgencyName is { } name ? name : Agency.DisplayName;

    public bool IsOutstanding => ReturnedAt is null;

    internal void RecordReturn(DateTimeOffset returnedAt, string response)
    {
        ReturnedAt = returnedAt.ToUniversalTime();
        Response = response.Trim();
    }
}

/// <summary>The agency a multi-agency check is made with. The numbers are stored.</summary>
public enum CheckAgency
{
    Police = 1,
    Health = 2,
    Education = 3,
    Probation = 4,
    Housing = 5,
    Other = 6,
}

/// <summary>Display names for check agencies.</summary>
public static class CheckAgencyExtensions
{
    extension(CheckAgency agency)
    {
        public string DisplayName => agency switch
        {
            CheckAgency.Police => "Police",
            CheckAgency.Health => "Health",
            CheckAgency.Education => "Education",
            CheckAgency.Probation => "Probation",
            CheckAgency.Housing => "Housing",
            CheckAgency.Other => "Other agency",
            _ => throw new ArgumentOutOfRangeException(nameof(agency), agency, "Unknown agency."),
        };
    }
}
