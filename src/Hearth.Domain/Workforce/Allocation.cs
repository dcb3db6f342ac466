using Hearth.Domain.Audit;

namespace Hearth.Domain.Workforce;

/// <summary>
/// One period in which a child is allocated to a worker in a team. The period runs from
/// <see cref="StartDate"/> up to, but not including, <see cref="EndDate"/>: the day one allocation
/// ends is the day the next begins, so a handover leaves neither a gap nor an overlap.
/// Created and ended only through <see cref="CaseAllocations"/>.
/// </summary>
public sealed class Allocation : AuditedEntity
{
    public const int MaxReasonLength = 1000;

    private Allocation(Guid id, Guid childId, Guid workerId, Guid teamId, DateOnly startDate, string reason)
    {
        Id = id;
        ChildId = childId;
        WorkerId = workerId;
        TeamId = teamId;
        StartDate = startDate;
        Reason = reason;
    }

    private Allocation()
    {
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    public Guid WorkerId { get; private set; }

    public Guid TeamId { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The day the allocation ended (the child is no longer allocated on it); null while it continues.</summary>
    public DateOnly? EndDate { get; private set; }

    public string Reason { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsOpen => EndDate is null;

    public bool IsCurrentOn(DateOnly date) => StartDate <= date && (EndDate is null || date < EndDate);

    internal static Allocation Start(Guid childId, Worker worker, Team team, DateOnly startDate, string reason, ChangeContext context)
    {
        var allocation = new Allocation(Guid.CreateVersion7(context.Now), childId, worker.Id, team.Id, startDate, reason);
        allocation.RecordChange(
            childId,
            allocation.Id,
            $"Child allocated to {worker.FullName}",
            context,
            FieldChange.Between("Worker", null, worker.FullName),
            FieldChange.Between("Team", null, team.Name),
            FieldChange.Between<DateOnly?>("Start date", null, startDate),
            FieldChange.Between("Reason for allocation", null, reason));
        return allocation;
    }

    internal void End(DateOnly endDate, string reason, ChangeContext context)
    {
        DateOnly? before = EndDate;
        EndDate = endDate;
        EndReason = reason;
        RecordChange(
            ChildId,
            Id,
            "Allocation ended",
            context,
            FieldChange.Between("End date", before, EndDate),
            FieldChange.Between("Reason for ending", null, reason));
    }
}
