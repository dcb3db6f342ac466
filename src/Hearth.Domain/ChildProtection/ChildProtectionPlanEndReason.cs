namespace Hearth.Domain.ChildProtection;

/// <summary>Why a child protection plan ended.</summary>
public enum ChildProtectionPlanEndReason
{
    /// <summary>A review conference decided the child no longer needs a plan.</summary>
    ReviewConference,

    /// <summary>The child moved to another local authority, which took over the plan.</summary>
    MovedToAnotherLocalAuthority,

    /// <summary>The child became looked after and the care plan now safeguards them.</summary>
    BecameLookedAfter,

    /// <summary>The child reached 18.</summary>
    ReachedEighteen,

    Died,

    Other,
}
