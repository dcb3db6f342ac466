namespace Hearth.Domain.ChildProtection;

/// <summary>The agency a person at a child protection conference or core group meeting came from.</summary>
public enum ConferenceAgency
{
    /// <summary>The local authority's children's social care, including the chair.</summary>
    LocalAuthority,

    Police,

    Health,

    Education,

    Probation,

    Housing,

    /// <summary>The child's family, or the child.</summary>
    Family,

    Other,
}
