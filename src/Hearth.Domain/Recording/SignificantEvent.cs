using Hearth.Domain.Audit;

namespace Hearth.Domain.Recording;

/// <summary>
/// An event in the child's life that a worker adds to the chronology because it matters for the child, though no other
/// record holds it: a house move, a parent's arrest, a hospital admission. It says where the information came from.
/// </summary>
public sealed class SignificantEvent : AuditedEntity
{
    public const int MaxWhatLength = 1000;
    public const int MaxSourceLength = 500;
    public const int MaxNameLength = 200;

    private SignificantEvent(Guid id, Guid childId, DateOnly occurredOn, string what, string source, string recordedByName, DateTimeOffset recordedAt)
    {
        Id = id;
        ChildId = childId;
        OccurredOn = occurredOn;
        What = what;
        Source = source;
        RecordedByName = recordedByName;
        RecordedAt = recordedAt;
    }

    private SignificantEvent()
    {
        What = Source = RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The date the event happened.</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>What happened.</summary>
    public string What { get; private set; }

    /// <summary>Where the information came from, such as "Police notification" or "Mother, at home visit".</summary>
    public string Source { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static RuleResult CanAdd(DateOnly occurredOn, string? what, string? source, DateOnly today)
    {
        if (occurredOn > today)
        {
            return RuleResult.Refused("The date of the event cannot be in the future");
        }

        if (string.IsNullOrWhiteSpace(what))
        {
            return RuleResult.Refused("Enter what happened");
        }

        if (what.Trim().Length > MaxWhatLength)
        {
            return RuleResult.Refused($"What happened must be {MaxWhatLength:N0} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            return RuleResult.Refused("Enter where the information came from");
        }

        return source.Trim().Length > MaxSourceLength
            ? RuleResult.Refused($"The source of the information must be {MaxSourceLength:N0} characters or fewer")
            : RuleResult.Allowed;
    }

    /// <summary>Adds a significant event to the child's chronology.</summary>
    public static SignificantEvent Add(Guid childId, DateOnly occurredOn, string what, string source, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("A significant event must be in a child's chronology.", nameof(childId));
        }

        CanAdd(occurredOn, what, source, today).ThrowIfRefused();
        var name = context.ActorName.Length <= MaxNameLength ? context.ActorName : context.ActorName[..MaxNameLength];
        var added = new SignificantEvent(Guid.CreateVersion7(context.Now), childId, occurredOn, what.Trim(), source.Trim(), name, context.Now);
        added.RecordChange(
            childId,
            added.Id,
            "Significant event added to the chronology",
            context,
            FieldChange.Between<DateOnly?>("Date of the event", null, occurredOn),
            FieldChange.Between("What happened", null, added.What),
            FieldChange.Between("Source of the information", null, added.Source));
        return added;
    }
}
