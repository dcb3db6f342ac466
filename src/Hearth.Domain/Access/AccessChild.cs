namespace Hearth.Domain.Access;

/// <summary>What the access policy needs to know about a child's record.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="IsRestricted">Whether the record is restricted to named people.</param>
/// <param name="NamedAccountIds">The user accounts named as allowed to see a restricted record.</param>
/// <param name="AllocatedTeamIds">Teams with a current allocation of the child.</param>
/// <param name="AllocatedWorkerIds">Workers with a current allocation of the child.</param>
public sealed record AccessChild(
    Guid ChildId,
    bool IsRestricted,
    IReadOnlyCollection<Guid> NamedAccountIds,
    IReadOnlyCollection<Guid> AllocatedTeamIds,
    IReadOnlyCollection<Guid> AllocatedWorkerIds)
{
    public bool IsAllocated => AllocatedTeamIds.Count > 0 || AllocatedWorkerIds.Count > 0;
}
