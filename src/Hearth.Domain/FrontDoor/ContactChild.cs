namespace Hearth.Domain.FrontDoor;

/// <summary>A child a contact is about.</summary>
public sealed class ContactChild
{
    public ContactChild(Guid childId)
    {
        if (childId == Guid.Empty)
        {
            throw new ArgumentException("A contact must name the child it is about.", nameof(childId));
        }

        ChildId = childId;
    }

    private ContactChild()
    {
    }

    public Guid ChildId { get; private set; }
}
