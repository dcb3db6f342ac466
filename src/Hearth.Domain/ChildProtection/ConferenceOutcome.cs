namespace Hearth.Domain.ChildProtection;

/// <summary>The decision of a child protection conference.</summary>
public enum ConferenceOutcome
{
    /// <summary>An initial conference decided the child should be the subject of a child protection plan.</summary>
    Plan,

    /// <summary>An initial conference decided no child protection plan is needed.</summary>
    NoPlan,

    /// <summary>A review conference decided the plan continues.</summary>
    ContinuePlan,

    /// <summary>A review conference decided the child no longer needs a child protection plan.</summary>
    EndPlan,
}
