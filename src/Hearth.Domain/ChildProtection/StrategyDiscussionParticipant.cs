using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.ChildProtection;

/// <summary>A practitioner who took part in a strategy discussion: their name, their role and the agency they spoke for.</summary>
public sealed class StrategyDiscussionParticipant
{
    public const int MaxLength = 200;

    private StrategyDiscussionParticipant(string name, string role, Agency agency)
    {
        Name = name;
        Role = role;
        Agency = agency;
    }

    private StrategyDiscussionParticipant()
    {
        Name = Role = string.Empty;
        Agency = Agency.LocalAuthority;
    }

    /// <summary>Where the participant comes in the record, from 1.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; }

    /// <summary>Their job, for example "Detective constable, child abuse investigation team" or "Health visitor".</summary>
    public string Role { get; private set; }

    public Agency Agency { get; private set; }

    public static bool TryCreate(
        string? name, string? role, Agency agency, [NotNullWhen(true)] out StrategyDiscussionParticipant? participant, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(agency);
        participant = null;
        var trimmedName = name?.Trim();
        var trimmedRole = role?.Trim();
        error = string.IsNullOrEmpty(trimmedName) ? "Enter the participant's name"
            : trimmedName.Length > MaxLength ? $"Enter the participant's name in {MaxLength} characters or fewer"
            : string.IsNullOrEmpty(trimmedRole) ? "Enter the participant's role"
            : trimmedRole.Length > MaxLength ? $"Enter the participant's role in {MaxLength} characters or fewer"
            : null;
        if (error is not null)
        {
            return false;
        }

        participant = new StrategyDiscussionParticipant(trimmedName!, trimmedRole!, agency);
        return true;
    }

    public static StrategyDiscussionParticipant Create(string name, string role, Agency agency) =>
        TryCreate(name, role, agency, out var participant, out var error) ? participant : throw new ArgumentException(error);

    internal StrategyDiscussionParticipant At(int position) => new(Name, Role, Agency) { Position = position };
}
