using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

/// <summary>
/// A child's reasonable cause decisions (recorded, and the front door's), strategy discussions and section 47 enquiries,
/// with their child in need episodes: what the child protection pages read and check rules against.
/// </summary>
public sealed class ChildEnquiries
{
    private ChildEnquiries(
        IReadOnlyList<ChildInNeedEpisode> episodes,
        IReadOnlyList<ReasonableCause> causes,
        IReadOnlyList<StrategyDiscussion> discussions,
        IReadOnlyList<Section47Enquiry> enquiries)
    {
        Episodes = episodes;
        Causes = causes;
        Discussions = discussions;
        Enquiries = enquiries;
    }

    public IReadOnlyList<ChildInNeedEpisode> Episodes { get; }

    /// <summary>Every reasonable cause decision, oldest first.</summary>
    public IReadOnlyList<ReasonableCause> Causes { get; }

    /// <summary>Every strategy discussion, oldest first.</summary>
    public IReadOnlyList<StrategyDiscussion> Discussions { get; }

    /// <summary>Every section 47 enquiry, oldest first.</summary>
    public IReadOnlyList<Section47Enquiry> Enquiries { get; }

    public ChildInNeedEpisode? OpenEpisode => Episodes.FirstOrDefault(e => e.IsOpen);

    public IReadOnlyList<ReasonableCause> CausesOn(ChildInNeedEpisode episode) => [.. Causes.Where(c => c.EpisodeId == episode.Id)];

    public IReadOnlyList<StrategyDiscussion> DiscussionsOn(ChildInNeedEpisode episode) => [.. Discussions.Where(d => d.EpisodeId == episode.Id)];

    public IReadOnlyList<Section47Enquiry> EnquiriesOn(ChildInNeedEpisode episode) => [.. Enquiries.Where(e => e.EpisodeId == episode.Id)];

    /// <summary>The oldest decision on the open episode still waiting for its strategy discussion.</summary>
    public ReasonableCause? UndiscussedCause =>
        OpenEpisode is { } episode ? CausesOn(episode).FirstOrDefault(c => c.AnsweredBy(Discussions) is null) : null;

    /// <summary>Discussions on the open episode that decided a further discussion was needed, not yet followed by one.</summary>
    public IReadOnlyList<StrategyDiscussion> AwaitingFurtherDiscussion =>
        OpenEpisode is { } episode
            ? [.. DiscussionsOn(episode).Where(d => d.Outcome == StrategyDiscussionOutcome.FurtherStrategyDiscussion && !Discussions.Any(f => f.PreviousDiscussionId == d.Id))]
            : [];

    public StrategyDiscussion? DiscussionAnswering(ReasonableCause cause) => cause.AnsweredBy(Discussions);

    public Section47Enquiry? EnquiryStartedBy(StrategyDiscussion discussion) => Enquiries.FirstOrDefault(e => e.StrategyDiscussionId == discussion.Id);

    /// <summary>Loads everything for the child; <paramref name="tracked"/> when a page will change the episode's records.</summary>
    public static async Task<ChildEnquiries> LoadAsync(HearthDbContext db, Guid childId, bool tracked = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var episodes = await Query<ChildInNeedEpisode>(db, tracked).Where(e => e.ChildId == childId).OrderBy(e => e.ReferralDate).ToListAsync(cancellationToken);
        var contactIds = episodes.Where(e => e.ContactId is not null).Select(e => e.ContactId!.Value).ToList();
        var contacts = contactIds.Count == 0
            ? []
            : await db.Set<Contact>().AsNoTracking().Where(c => contactIds.Contains(c.Id) && c.Outcome == ContactOutcome.ImmediateStrategyDiscussion).ToListAsync(cancellationToken);
        var decisions = await Query<ReasonableCauseDecision>(db, tracked).Where(d => d.ChildId == childId).ToListAsync(cancellationToken);
        var causes = decisions.Select(d => d.AsCause())
            .Concat(episodes.SelectMany(e => contacts.Select(c => ReasonableCause.FromContact(c, e)).OfType<ReasonableCause>()))
            .OrderBy(c => c.DecidedAt)
            .ToList();
        var discussions = (await Query<StrategyDiscussion>(db, tracked).Where(d => d.ChildId == childId).ToListAsync(cancellationToken))
            .OrderBy(d => d.HeldAt).ToList();
        var enquiries = await Query<Section47Enquiry>(db, tracked).Where(e => e.ChildId == childId).OrderBy(e => e.StartDate).ToListAsync(cancellationToken);
        return new ChildEnquiries(episodes, causes, discussions, enquiries);
    }

    private static IQueryable<T> Query<T>(HearthDbContext db, bool tracked)
        where T : class => tracked ? db.Set<T>() : db.Set<T>().AsNoTracking();
}
