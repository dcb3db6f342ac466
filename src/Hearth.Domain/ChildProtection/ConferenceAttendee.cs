using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.ChildProtection;

/// <summary>Someone who attended a child protection conference or a core group meeting: their name, role and agency.</summary>
public sealed class ConferenceAttendee
{
    public const int MaxLength = 100;

    private ConferenceAttendee(Guid id, string name, string role, ConferenceAgency agency)
    {
        Id = id;
        Name = name;
        Role = role;
        Agency = agency;
    }

    private ConferenceAttendee()
    {
        Name = Role = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Their role, for example "Conference chair", "Health visitor", "Mother".</summary>
    public string Role { get; private set; }

    public ConferenceAgency Agency { get; private set; }

    /// <summary>An attendee, or the reason the details cannot make one, in words a form can show.</summary>
    public static bool TryCreate(string? name, string? role, ConferenceAgency? agency, [NotNullWhen(true)] out ConferenceAttendee? attendee, [NotNullWhen(false)] out string? error)
    {
        attendee = null;
        error = (name?.Trim(), role?.Trim(), agency) switch
        {
            ({ Length: 0 } or null, _, _) => "Enter the attendee's name",
            ({ Length: > MaxLength }, _, _) => $"The attendee's name must be {MaxLength} characters or fewer",
            (_, { Length: 0 } or null, _) => "Enter the attendee's role",
            (_, { Length: > MaxLength }, _) => $"The attendee's role must be {MaxLength} characters or fewer",
            (_, _, null) => "Select the attendee's agency",
            (_, _, { } a) when !Enum.IsDefined(a) => "Select the attendee's agency",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        attendee = new ConferenceAttendee(Guid.Empty, name!.Trim(), role!.Trim(), agency!.Value);
        return true;
    }

    /// <summary>
    /// Working Together to Safeguard Children 2023: a conference is quorate when at least three agencies attend, the
    /// local authority children's social care and at least two others. The family does not count as an agency.
    /// </summary>
    public static bool MakeQuorum(IEnumerable<ConferenceAttendee> attendees)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var agencies = attendees.Select(a => a.Agency).Where(a => a != ConferenceAgency.Family).Distinct().ToList();
        return agencies.Contains(ConferenceAgency.LocalAuthority) && agencies.Count >= 3;
    }

    public override string ToString() => $"{Name} ({Role}, {AgencyName(Agency)})";

    public static string AgencyName(ConferenceAgency agency) => agency switch
    {
        ConferenceAgency.LocalAuthority => "Local authority",
        ConferenceAgency.Family => "Family",
        _ => agency.ToString(),
    };

    internal static List<ConferenceAttendee> Copies(IEnumerable<ConferenceAttendee> attendees, DateTimeOffset now) =>
        [.. attendees.Select(a => new ConferenceAttendee(Guid.CreateVersion7(now), a.Name, a.Role, a.Agency))];
}
