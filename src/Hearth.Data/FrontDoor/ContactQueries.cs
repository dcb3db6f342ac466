using Hearth.Domain.FrontDoor;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.FrontDoor;

/// <summary>The front door's reads of contacts.</summary>
public static class ContactQueries
{
    /// <summary>
    /// Contacts still awaiting a decision, the longest-waiting chain first. Every contact's clock is the same
    /// timescale run from its chain's first receipt, so this is also the order of time left, overdue first.
    /// </summary>
    public static IQueryable<Contact> AwaitingDecision(this HearthDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Contact>()
            .Where(c => c.Status == ContactStatus.AwaitingDecision)
            .OrderBy(c => c.ChainReceivedAt)
            .ThenBy(c => c.ReceivedAt)
            .ThenBy(c => c.Id);
    }

    /// <summary>
    /// The front door queue: contacts awaiting a decision, and police domestic abuse notifications closed while
    /// information is gathered, which must not leave the queue until a decision is recorded. The longest-waiting
    /// chain first, which is also the order of time left.
    /// </summary>
    public static IQueryable<Contact> FrontDoorQueue(this HearthDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Contact>()
            .Where(c => c.Status == ContactStatus.AwaitingDecision
                || (c.IsDomesticAbuseNotification && c.Status == ContactStatus.ClosedPendingInformation))
            .OrderBy(c => c.ChainReceivedAt)
            .ThenBy(c => c.ReceivedAt)
            .ThenBy(c => c.Id);
    }

    /// <summary>
    /// The undecided contacts a new contact about these children, received then, could join: those about any of
    /// the children received within the link window before it. <see cref="Contact.Record"/> chooses among them.
    /// </summary>
    public static Task<List<Contact>> LinkableForAsync(
        this HearthDbContext db, IReadOnlyCollection<Guid> childIds, DateTimeOffset receivedAt, FrontDoorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var from = receivedAt - options.LinkWindow;
        return db.Set<Contact>()
            .Where(c => c.Status != ContactStatus.Decided && c.ReceivedAt >= from && c.ReceivedAt <= receivedAt)
            .Where(c => c.Children.Any(child => childIds.Contains(child.ChildId)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every contact in a chain, the first received first.</summary>
    public static Task<List<Contact>> ChainAsync(this HearthDbContext db, Guid chainId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Contact>()
            .Where(c => c.Id == chainId || c.ChainRootId == chainId)
            .OrderBy(c => c.ReceivedAt)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }
}
