using Hearth.Data.Work;
using Hearth.Domain.FrontDoor;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.FrontDoor;

/// <summary>
/// Open front door work on contacts about the query's children: a decision not yet recorded and a referrer not
/// yet told the contact was received, each due from the chain's first receipt.
/// </summary>
internal sealed class ContactWorkSource : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var childIds = query.ChildIds;
        var contacts = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.Status != ContactStatus.Decided || (c.AcknowledgedAt == null && c.ReferrerName != null))
            .Where(c => c.Children.Any(ch => childIds.Contains(ch.ChildId)))
            .ToListAsync(cancellationToken);

        var items = new List<WorkItem>();
        foreach (var contact in contacts)
        {
            var path = $"/front-door/contacts/{contact.Id}";
            var decision = contact.DecisionClock(query.Timescales, query.Now);
            var acknowledgement = contact.AcknowledgementClock(query.Timescales, query.Now);
            foreach (var child in contact.Children.Where(c => childIds.Contains(c.ChildId)))
            {
                if (contact.IsUndecided)
                {
                    items.Add(WorkItem.For(decision, child.ChildId, contact.Id, path, contact.Source.Description));
                }

                if (acknowledgement is { IsMet: false })
                {
                    items.Add(WorkItem.For(acknowledgement, child.ChildId, contact.Id, path, contact.ReferrerName));
                }
            }
        }

        return items;
    }
}
