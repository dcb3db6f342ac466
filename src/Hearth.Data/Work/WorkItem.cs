using Hearth.Domain.Calendar;

namespace Hearth.Data.Work;

/// <summary>
/// Something open on a child's record that is due by a date: a statutory or local timescale from
/// <see cref="Timescales"/>, or a date a manager or a plan set. Work lists, team lists and dashboards read these.
/// </summary>
public sealed record WorkItem
{
    /// <summary>The child the work is for.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>A stable key for the kind of work: the timescale's key, or another name for set dates (for example "PlanAction").</summary>
    public required string Kind { get; init; }

    /// <summary>What is due, in practitioners' words, for example "Initial child protection conference".</summary>
    public required string Title { get; init; }

    /// <summary>The page of the record it comes from, for example "/children/{id}/assessments/{id}".</summary>
    public required string Path { get; init; }

    /// <summary>The record it comes from.</summary>
    public required Guid SourceId { get; init; }

    public required DateOnly DueDate { get; init; }

    /// <summary>The instant due, for work due to the hour.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public required TimescaleStatus Status { get; init; }

    /// <summary>The worker it is for; null means the child's allocated worker.</summary>
    public Guid? AssignedWorkerId { get; init; }

    /// <summary>A short note shown under the title, such as the plan action's text.</summary>
    public string? Detail { get; init; }

    /// <summary>Work due by a date someone set, such as a plan action or a manager's direction.</summary>
    public static WorkItem ForSetDate(
        Guid childId, string kind, string title, Guid sourceId, string path, DateOnly dueDate, DateOnly today, string? detail = null, Guid? assignedWorkerId = null) =>
        new()
        {
            ChildId = childId,
            Kind = kind,
            Title = title,
            Path = path,
            SourceId = sourceId,
            DueDate = dueDate,
            Status = Timescale.StatusOfSetDate(dueDate, metOn: null, today),
            Detail = detail,
            AssignedWorkerId = assignedWorkerId,
        };

    /// <summary>Work due against a timescale, as the timescale evaluated it.</summary>
    public static WorkItem For(TimescaleEvaluation evaluation, Guid childId, Guid sourceId, string path, string? detail = null, Guid? assignedWorkerId = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new WorkItem
        {
            ChildId = childId,
            Kind = evaluation.Timescale.Key,
            Title = evaluation.Timescale.Name,
            Path = path,
            SourceId = sourceId,
            DueDate = evaluation.DueDate,
            DueAt = evaluation.DueAt,
            Status = evaluation.Status,
            Detail = detail,
            AssignedWorkerId = assignedWorkerId,
        };
    }
}
