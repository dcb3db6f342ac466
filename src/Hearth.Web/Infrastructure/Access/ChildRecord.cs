using Hearth.Domain.Access;

namespace Hearth.Web.Infrastructure.Access;

/// <summary>
/// The child whose record is being looked at in this request, set by <see cref="ChildRecordFilter"/> once access
/// has been allowed and the view logged. Pages under a child's record read it for the identity bar, the sub
/// navigation and what the person may do.
/// </summary>
public sealed class ChildRecord
{
    public Guid ChildId { get; private set; }

    public ChildSummary Summary { get; private set; } = null!;

    public AccessChild Access { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanAllocate { get; private set; }

    public bool CanViewAccessLog { get; private set; }

    public bool IsLoaded => Summary is not null;

    internal void Set(ChildSummary summary, AccessChild access, AccessUser user)
    {
        ChildId = summary.Id;
        Summary = summary;
        Access = access;
        CanEdit = AccessPolicy.CanEdit(user, access).IsAllowed;
        CanAllocate = AccessPolicy.CanAllocate(user, access).IsAllowed;
        CanViewAccessLog = AccessPolicy.CanViewAccessLog(user, access).IsAllowed;
    }
}

/// <summary>What the MOJ identity bar shows about a child.</summary>
public sealed record ChildSummary(
    Guid Id,
    string LaChildId,
    string Name,
    DateOnly? DateOfBirth,
    string Age,
    string Status,
    string? AllocatedWorker,
    string? AllocatedTeam,
    int ActiveWarnings,
    int WarningsOverdueForReview,
    bool IsRestricted);

/// <summary>Marks a page under a child's record whose form allocates the child: posting needs permission to allocate, not to edit.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllocatesChildAttribute : Attribute;

/// <summary>Marks a page under a child's record that shows who has looked at it: reading it needs permission to see the access log.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShowsAccessLogAttribute : Attribute;
