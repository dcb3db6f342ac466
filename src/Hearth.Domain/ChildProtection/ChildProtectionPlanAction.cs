using Hearth.Domain.Calendar;

namespace Hearth.Domain.ChildProtection;

/// <summary>One action of a child protection plan: what is to be done, who is to do it and by when.</summary>
public sealed class ChildProtectionPlanAction
{
    public const int MaxWhatLength = 2000;
    public const int MaxWhoLength = 200;

    internal ChildProtectionPlanAction(Guid id, string what, string? who, DateOnly? byWhen)
    {
        Id = id;
        What = what;
        Who = who;
        ByWhen = byWhen;
    }

    private ChildProtectionPlanAction()
    {
        What = string.Empty;
    }

    public Guid Id { get; private set; }

    public string What { get; private set; }

    /// <summary>Who is responsible for it: a person, or a person and their agency.</summary>
    public string? Who { get; private set; }

    public DateOnly? ByWhen { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public bool IsCompleted => CompletedOn is not null;

    /// <summary>Whether the action says who and by when, as a plan needs at least one such action to be finalised.</summary>
    public bool HasOwnerAndDate => Who is not null && ByWhen is not null;

    /// <summary>How many calendar days before its date an open action counts as due soon: a week, to give time to act.</summary>
    public const int DueSoonWithin = 7;

    /// <summary>Where an open action stands against the date it is to be done by; null when it has no date or is done.</summary>
    public TimescaleStatus? StatusOn(DateOnly today) => (ByWhen, CompletedOn) switch
    {
        (null, _) or (_, not null) => null,
        ({ } due, _) when today > due => TimescaleStatus.Overdue,
        ({ } due, _) when today == due => TimescaleStatus.DueToday,
        ({ } due, _) when due.DayNumber - today.DayNumber <= DueSoonWithin => TimescaleStatus.DueSoon,
        _ => TimescaleStatus.NotYetDue,
    };

    internal void Complete(DateOnly completedOn) => CompletedOn = completedOn;
}
