using Hearth.Domain.Audit;

namespace Hearth.Domain.Workforce;

/// <summary>
/// The rules over one child's allocation history: at most one open allocation, periods that follow
/// one another without overlapping, and only workers and teams who can take the child.
/// Load a child's allocations, build this, call one method, then save the allocations
/// (including any returned new one) with their pending changes.
/// </summary>
public sealed class CaseAllocations
{
    private readonly List<Allocation> _history;

    public CaseAllocations(Guid childId, IEnumerable<Allocation> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("Allocations belong to a child.", nameof(childId));
        }

        ChildId = childId;
        _history = history.OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToList();
        if (_history.Any(a => a.ChildId != childId))
        {
            throw new ArgumentException("Every allocation must be for the same child.", nameof(history));
        }

        if (_history.Count(a => a.IsOpen) > 1)
        {
            throw new ArgumentException("A child cannot have more than one open allocation.", nameof(history));
        }
    }

    public Guid ChildId { get; }

    /// <summary>Every allocation, earliest first.</summary>
    public IReadOnlyList<Allocation> History => _history;

    /// <summary>The allocation that has not ended, if any; it may start in the future.</summary>
    public Allocation? Open => _history.SingleOrDefault(a => a.IsOpen);

    public Allocation? CurrentOn(DateOnly date) => _history.LastOrDefault(a => a.IsCurrentOn(date));

    public RuleResult CanAllocate(Worker worker, Team team, DateOnly startDate, string? reason)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(team);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Enter the reason for allocation");
        }

        if (reason.Trim().Length > Allocation.MaxReasonLength)
        {
            return RuleResult.Refused($"Reason for allocation must be {Allocation.MaxReasonLength} characters or fewer");
        }

        if (!team.IsActive)
        {
            return RuleResult.Refused($"The {team.Name} team is inactive. Choose an active team.");
        }

        if (worker.TeamId != team.Id)
        {
            return RuleResult.Refused($"{worker.FullName} is not in the {team.Name} team. Choose someone in the team, or move them to it first.");
        }

        RuleResult available = worker.CanBeAllocatedFrom(startDate);
        if (!available.IsAllowed)
        {
            return available;
        }

        Allocation? open = Open;
        if (open is not null && open.WorkerId == worker.Id && open.TeamId == team.Id)
        {
            return RuleResult.Refused($"The child is already allocated to {worker.FullName} in the {team.Name} team.");
        }

        DateOnly? earliest = EarliestNextStart();
        return earliest is null || startDate >= earliest
            ? RuleResult.Allowed
            : RuleResult.Refused(open is not null
                ? $"The start date must be on or after {DisplayDate.Of(earliest.Value)}, when the current allocation started"
                : $"The start date must be on or after {DisplayDate.Of(earliest.Value)}, when the last allocation ended");
    }

    /// <summary>
    /// Allocates the child from <paramref name="startDate"/>. An open allocation ends on that same date
    /// (so the child is never unallocated or double-allocated at a handover), giving the new reason as
    /// the reason for ending. Returns the new allocation for the caller to save.
    /// </summary>
    public Allocation Allocate(Worker worker, Team team, DateOnly startDate, string reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanAllocate(worker, team, startDate, reason).ThrowIfRefused();
        string trimmed = reason.Trim();
        Open?.End(startDate, $"Reallocated to {worker.FullName}: {trimmed}", context);
        var allocation = Allocation.Start(ChildId, worker, team, startDate, trimmed, context);
        _history.Add(allocation);
        return allocation;
    }

    public RuleResult CanEndAllocation(DateOnly endDate, string? reason)
    {
        Allocation? open = Open;
        if (open is null)
        {
            return RuleResult.Refused("The child is not allocated, so there is no allocation to end.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RuleResult.Refused("Enter the reason for ending the allocation");
        }

        if (reason.Trim().Length > Allocation.MaxReasonLength)
        {
            return RuleResult.Refused($"Reason for ending must be {Allocation.MaxReasonLength} characters or fewer");
        }

        return endDate >= open.StartDate
            ? RuleResult.Allowed
            : RuleResult.Refused($"The end date must be on or after {DisplayDate.Of(open.StartDate)}, when the allocation started");
    }

    /// <summary>Ends the open allocation without a new one: from <paramref name="endDate"/> the child is unallocated.</summary>
    public Allocation EndAllocation(DateOnly endDate, string reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CanEndAllocation(endDate, reason).ThrowIfRefused();
        Allocation open = Open!;
        open.End(endDate, reason.Trim(), context);
        return open;
    }

    /// <summary>Every change made through this history, for saving in one transaction.</summary>
    public IReadOnlyList<ChangeRecord> TakePendingChanges() =>
        _history.SelectMany(a => a.TakePendingChanges()).ToList();

    private DateOnly? EarliestNextStart()
    {
        if (_history.Count == 0)
        {
            return null;
        }

        DateOnly latestStart = _history.Max(a => a.StartDate);
        DateOnly latestEnd = _history.Max(a => a.EndDate) ?? latestStart;
        return latestStart > latestEnd ? latestStart : latestEnd;
    }
}
