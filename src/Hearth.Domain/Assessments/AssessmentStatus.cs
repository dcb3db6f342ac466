namespace Hearth.Domain.Assessments;

/// <summary>Where a child and family assessment is, from the worker starting it to the manager authorising it.</summary>
public enum AssessmentStatus
{
    /// <summary>The worker is assessing; a manager's return sends it back here.</summary>
    InProgress = 1,

    /// <summary>The worker has completed it and it waits for a team manager.</summary>
    AwaitingAuthorisation = 2,

    /// <summary>A team manager has authorised it: the census assessment authorisation date.</summary>
    Authorised = 3,
}
