namespace Hearth.Domain.ChildProtection;

/// <summary>A meeting of the core group that develops and carries out a child protection plan.</summary>
public sealed class CoreGroupMeeting
{
    public const int MaxNotesLength = 20000;

    private readonly List<ConferenceAttendee> _attendees = [];

    internal CoreGroupMeeting(Guid id, Guid planId, Guid childId, DateOnly heldOn, IEnumerable<ConferenceAttendee> attendees, string? notes)
    {
        Id = id;
        PlanId = planId;
        ChildId = childId;
        HeldOn = heldOn;
        _attendees = [.. attendees];
        Notes = notes;
    }

    private CoreGroupMeeting()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid ChildId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public IReadOnlyList<ConferenceAttendee> Attendees => _attendees;

    public string? Notes { get; private set; }
}
