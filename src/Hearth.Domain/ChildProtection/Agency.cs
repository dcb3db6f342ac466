using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.ChildProtection;

/// <summary>The kinds of agency a strategy discussion brings together (Working Together to Safeguard Children 2023). The numbers are stored.</summary>
public enum AgencyKind
{
    LocalAuthority = 1,
    Police = 2,
    Health = 3,
    Education = 4,
    Other = 5,
}

/// <summary>
/// An agency taking part in a strategy discussion: children's social care, the police, health, education, or another
/// agency by name (probation, housing, a youth justice service). Every practitioner from one agency speaks for it, so
/// the agency, not the person, agrees or dissents with the decision.
/// </summary>
public sealed record Agency
{
    public const int MaxNameLength = 200;

    private Agency(AgencyKind kind, string? otherName)
    {
        Kind = kind;
        OtherName = otherName;
    }

    public static Agency LocalAuthority { get; } = new(AgencyKind.LocalAuthority, null);

    public static Agency Police { get; } = new(AgencyKind.Police, null);

    public static Agency Health { get; } = new(AgencyKind.Health, null);

    public static Agency Education { get; } = new(AgencyKind.Education, null);

    /// <summary>The agencies Working Together 2023 expects at every strategy discussion.</summary>
    public static IReadOnlyList<Agency> Core { get; } = [LocalAuthority, Police, Health];

    /// <summary>The four named agencies, in the order forms ask about them.</summary>
    public static IReadOnlyList<Agency> Named { get; } = [LocalAuthority, Police, Health, Education];

    public AgencyKind Kind { get; }

    /// <summary>The name of an agency of kind <see cref="AgencyKind.Other"/>; null for the named agencies.</summary>
    public string? OtherName { get; }

    /// <summary>The agency as a practitioner would name it.</summary>
    public string DisplayName => Kind switch
    {
        AgencyKind.LocalAuthority => "Local authority children's social care",
        AgencyKind.Police => "Police",
        AgencyKind.Health => "Health",
        AgencyKind.Education => "Education",
        _ => OtherName!,
    };

    /// <summary>The stored form: the kind's name, or "Other:" and the agency's name.</summary>
    public string Code => Kind == AgencyKind.Other ? $"Other:{OtherName}" : Kind.ToString();

    public static Agency Other(string name) =>
        TryCreate(AgencyKind.Other, name, out var agency, out var error) ? agency : throw new ArgumentException(error, nameof(name));

    /// <summary>An agency of the kind; another agency needs its name.</summary>
    public static bool TryCreate(AgencyKind? kind, string? otherName, [NotNullWhen(true)] out Agency? agency, [NotNullWhen(false)] out string? error)
    {
        agency = null;
        switch (kind)
        {
            case null:
                error = "Select the agency";
                return false;
            case AgencyKind.Other:
                var name = otherName?.Trim();
                if (string.IsNullOrEmpty(name))
                {
                    error = "Enter the name of the other agency";
                    return false;
                }

                if (name.Length > MaxNameLength)
                {
                    error = $"Enter the agency's name in {MaxNameLength} characters or fewer";
                    return false;
                }

                agency = new Agency(AgencyKind.Other, name);
                error = null;
                return true;
            case { } named when Enum.IsDefined(named):
                agency = Named.Single(a => a.Kind == named);
                error = null;
                return true;
            default:
                error = "Select the agency";
                return false;
        }
    }

    /// <summary>Reads the stored form back.</summary>
    public static Agency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.StartsWith("Other:", StringComparison.Ordinal))
        {
            return Other(code["Other:".Length..]);
        }

        return Enum.TryParse<AgencyKind>(code, out var kind) && kind != AgencyKind.Other && Enum.IsDefined(kind)
            ? Named.Single(a => a.Kind == kind)
            : throw new ArgumentException($"'{code}' is not a stored agency.", nameof(code));
    }

    public bool Equals(Agency? other) =>
        other is not null && Kind == other.Kind && string.Equals(OtherName, other.OtherName, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(Kind, OtherName is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(OtherName));

    public override string ToString() => DisplayName;
}
