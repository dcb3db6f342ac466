namespace Hearth.Domain.Children;

/// <summary>Another name the child is known by now (a "known as" name, a nickname, another spelling).</summary>
public sealed class KnownAsName
{
    internal KnownAsName(PersonName name, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
    }

    private KnownAsName()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public PersonName Name { get; private set; }
}
