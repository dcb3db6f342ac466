using Hearth.Data.Work;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.ChildProtection;

/// <summary>
/// Open work from strategy discussions and section 47 enquiries: a strategy discussion due on a reasonable cause decision
/// (recorded on the record or made at the front door) not yet discussed; a section 47 outcome outstanding; an initial
/// child protection conference due on an enquiry whose outcome needs one.
/// </summary>
internal sealed class EnquiryWork : IWorkSource
{
    /// <summary>The kind of a section 47 outcome outstanding; it is due by the initial conference target, as no timescale of its own exists.</summary>
    public const string Section47OutcomeKind = "Section47Outcome";

    public async Task<IReadOnlyList<WorkItem>> OpenWorkAsync(HearthDbContext db, WorkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var childIds = query.ChildIds;
        var items = new List<WorkItem>();

        foreach (var cause in await UndiscussedCausesAsync(db, childIds, cancellationToken))
        {
            var clock = query.Timescales.StrategyDiscussion.Evaluate(cause.DecidedAt, null, query.Now);
            items.Add(WorkItem.For(
                clock, cause.ChildId, cause.Id, $"/children/{cause.ChildId}/child-protection",
                $"Reasonable cause to suspect significant harm decided {LondonTime.Of(cause.DecidedAt)}{(cause.FromFrontDoor ? " at the front door" : string.Empty)}"));
        }

        var enquiries = await db.Set<Section47Enquiry>().AsNoTracking()
            .Where(e => childIds.Contains(e.ChildId)
                && e.InitialConferenceHeldOn == null
                && (e.Outcome == null || e.Outcome == Section47Outcome.InitialChildProtectionConference))
            .ToListAsync(cancellationToken);
        foreach (var enquiry in enquiries)
        {
            var clock = enquiry.InitialConferenceClock(query.Timescales, query.Today)!;
            var path = $"/children/{enquiry.ChildId}/section-47-enquiries/{enquiry.Id}";
            items.Add(enquiry.HasOutcome
                ? WorkItem.For(clock, enquiry.ChildId, enquiry.Id, path, $"Section 47 enquiry started {Hearth.Domain.DisplayDate.Of(enquiry.StartDate)}")
                : WorkItem.For(clock, enquiry.ChildId, enquiry.Id, path, "Due by the initial child protection conference target") with
                {
                    Kind = Section47OutcomeKind,
                    Title = "Section 47 enquiry outcome",
                });
        }

        return items;
    }

    private static async Task<List<UndiscussedCause>> UndiscussedCausesAsync(HearthDbContext db, IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        var discussions = db.Set<StrategyDiscussion>();
        var episodes = db.Set<ChildInNeedEpisode>();
        var recorded = await db.Set<ReasonableCauseDecision>().AsNoTracking()
            .Where(d => childIds.Contains(d.ChildId)
                && episodes.Any(e => e.Id == d.EpisodeId && e.ClosureDate == null)
                && !discussions.Any(s => s.EpisodeId == d.EpisodeId && s.ReasonableCauseId == d.Id))
            .Select(d => new UndiscussedCause(d.Id, d.ChildId, d.DecidedAt, false))
            .ToListAsync(cancellationToken);
        var fromFrontDoor = await (
                from episode in episodes.AsNoTracking()
                join contact in db.Set<Contact>().AsNoTracking() on episode.ContactId equals contact.Id
                where childIds.Contains(episode.ChildId)
                    && episode.ClosureDate == null
                    && contact.Outcome == ContactOutcome.ImmediateStrategyDiscussion
                    && contact.DecidedAt != null
                    && !discussions.Any(s => s.EpisodeId == episode.Id && s.ReasonableCauseId == contact.Id)
                select new UndiscussedCause(contact.Id, episode.ChildId, contact.DecidedAt!.Value, true))
            .ToListAsync(cancellationToken);
        return [.. recorded, .. fromFrontDoor];
    }

    private sealed record UndiscussedCause(Guid Id, Guid ChildId, DateTimeOffset DecidedAt, bool FromFrontDoor);
}
