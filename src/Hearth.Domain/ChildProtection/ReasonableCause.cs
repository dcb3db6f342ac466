using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.ChildProtection;

/// <summary>Where a decision that there is reasonable cause to suspect significant harm was made.</summary>
public enum ReasonableCauseOrigin
{
    /// <summary>Recorded on the child's record.</summary>
    ChildsRecord,

    /// <summary>The front door's decision on a contact: an immediate strategy discussion.</summary>
    FrontDoorContact,
}

/// <summary>
/// A decision that there is reasonable cause to suspect a child is suffering, or likely to suffer, significant harm:
/// the start of the strategy discussion clock (Working Together to Safeguard Children 2023). It is either a
/// <see cref="ReasonableCauseDecision"/> or the front door's decision on the contact the child's episode came from.
/// </summary>
/// <param name="Id">The decision's id, or the contact's.</param>
public sealed record ReasonableCause(
    Guid Id,
    ReasonableCauseOrigin Origin,
    Guid ChildId,
    Guid EpisodeId,
    DateTimeOffset DecidedAt,
    string DecidedBy,
    string Rationale)
{
    /// <summary>The front door's decision as a reasonable cause decision, when the episode came from a contact decided for an immediate strategy discussion.</summary>
    public static ReasonableCause? FromContact(Contact contact, ChildInNeedEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(episode);
        return episode.ContactId == contact.Id
            && contact.Outcome == ContactOutcome.ImmediateStrategyDiscussion
            && contact.DecidedAt is { } decidedAt
            && contact.Children.Any(c => c.ChildId == episode.ChildId)
                ? new ReasonableCause(contact.Id, ReasonableCauseOrigin.FrontDoorContact, episode.ChildId, episode.Id, decidedAt,
                    contact.DecidedByName ?? "The front door", contact.Rationale ?? string.Empty)
                : null;
    }

    /// <summary>The strategy discussion clock: due within the local authority's time of the decision, to the hour.</summary>
    public TimescaleEvaluation StrategyDiscussionClock(Timescales timescales, DateTimeOffset? discussionHeldAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return timescales.StrategyDiscussion.Evaluate(DecidedAt, discussionHeldAt, now);
    }

    /// <summary>The strategy discussion held for this decision, among the child's discussions; null while none has been.</summary>
    public StrategyDiscussion? AnsweredBy(IEnumerable<StrategyDiscussion> discussions)
    {
        ArgumentNullException.ThrowIfNull(discussions);
        return discussions.FirstOrDefault(d => d.ReasonableCauseId == Id && d.EpisodeId == EpisodeId);
    }
}
