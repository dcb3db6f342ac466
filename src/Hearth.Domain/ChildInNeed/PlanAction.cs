namespace Hearth.Domain.ChildInNeed;

/// <summary>One action of a child in need plan: what is to be done, who does it and by when.</summary>
public sealed class PlanAction
{
    public const int MaxWhatLength = 2000;
    public const int MaxWhoLength = 200;

    internal PlanAction(Guid id, string what, string? who, DateOnly? byWhen)
    {
        Id = id;
        What = what;
        Who = who;
        ByWhen = byWhen;
    }

    private PlanAction()
    {
        What = string.Empty;
    }

    public Guid Id { get; private set; }

    public string What { get; private set; }

    /// <summary>The person or agency responsible.</summary>
    public string? Who { get; private set; }

    public DateOnly? ByWhen { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public bool IsCompleted => CompletedOn is not null;

    /// <summary>An action a plan can be finalised on: it has an owner and a date.</summary>
    public bool HasOwnerAndDate => !string.IsNullOrWhiteSpace(Who) && ByWhen is not null;

    internal void Complete(DateOnly completedOn) => CompletedOn = completedOn;
}
