namespace Hearth.Domain.Children;

/// <summary>A name the child was known by before, and the last day it was used.</summary>
public sealed class FormerName
{
    internal FormerName(PersonName name, DateOnly usedUntil, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        UsedUntil = usedUntil;
    }

    private FormerName()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public PersonName Name { get; private set; }

    /// <summary>The last day the child was known by this name.</summary>
    public DateOnly UsedUntil { get; private set; }
}
