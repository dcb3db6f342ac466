namespace Hearth.Domain.ChildProtection;

/// <summary>Which child protection conference it was.</summary>
public enum ConferenceKind
{
    /// <summary>The initial child protection conference for a born child.</summary>
    Initial,

    /// <summary>An initial child protection conference held before the child is born.</summary>
    PreBirthInitial,

    /// <summary>A review conference of a child protection plan.</summary>
    Review,
}
