namespace Hearth.Domain.Recording;

/// <summary>
/// One action a manager sets in management oversight: what is to be done, by which worker and by when. The worker's
/// name, where the caller knows it, goes into the record's history, which would otherwise name the worker by id.
/// </summary>
public sealed record OversightActionInput(string? What, Guid? WorkerId, DateOnly? DueDate, string? WorkerName = null)
{
    /// <summary>Whether nothing was entered for the action, so it is left out rather than refused.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(What) && WorkerId is null && DueDate is null;
}
