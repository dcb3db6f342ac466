namespace Hearth.Domain.Children;

/// <summary>Where a child lived, from when and until when. The current address has no end date.</summary>
public sealed class ChildAddress
{
    internal ChildAddress(AddressKind kind, Address? address, DateOnly startDate, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Kind = kind;
        Address = address;
        StartDate = startDate;
    }

    private ChildAddress()
    {
        Kind = null!;
    }

    public Guid Id { get; private set; }

    public AddressKind Kind { get; private set; }

    /// <summary>The address; null only when the child has no fixed abode.</summary>
    public Address? Address { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public bool IsCurrent => EndDate is null;

    public override string ToString() => Address?.ToString() ?? Kind.Description;

    internal void End(DateOnly endDate) => EndDate = endDate;
}
