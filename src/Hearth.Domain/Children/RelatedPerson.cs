namespace Hearth.Domain.Children;

/// <summary>
/// A person in the child's family and network. A relationship is ended, never deleted, so the
/// record keeps who was in the child's life and when.
/// </summary>
public sealed class RelatedPerson
{
    public const int MaxNameLength = 200;

    internal RelatedPerson(
        string name,
        RelationshipType relationship,
        DateOnly? dateOfBirth,
        bool hasParentalResponsibility,
        bool livesWithChild,
        PhoneNumber? phone,
        Address? contactAddress,
        Guid? relatedChildId,
        DateOnly startDate,
        DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        Relationship = relationship;
        DateOfBirth = dateOfBirth;
        HasParentalResponsibility = hasParentalResponsibility;
        LivesWithChild = livesWithChild;
        Phone = phone;
        ContactAddress = contactAddress;
        RelatedChildId = relatedChildId;
        StartDate = startDate;
    }

    private RelatedPerson()
    {
        Name = string.Empty;
        Relationship = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public RelationshipType Relationship { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    public bool HasParentalResponsibility { get; private set; }

    public bool LivesWithChild { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public Address? ContactAddress { get; private set; }

    /// <summary>The other child's record, when this person (a sibling, or a young parent) is a child known to Hearth.</summary>
    public Guid? RelatedChildId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public bool IsCurrent => EndDate is null;

    internal void Update(bool hasParentalResponsibility, bool livesWithChild, PhoneNumber? phone, Address? contactAddress)
    {
        HasParentalResponsibility = hasParentalResponsibility;
        LivesWithChild = livesWithChild;
        Phone = phone;
        ContactAddress = contactAddress;
    }

    internal void End(DateOnly endDate) => EndDate = endDate;
}
