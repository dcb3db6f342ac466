using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.ChildProtection;

/// <summary>
/// The decision, recorded on the child's record, that there is reasonable cause to suspect the child is suffering, or
/// likely to suffer, significant harm: when it was made, by whom and why. It starts the strategy discussion clock
/// (Working Together to Safeguard Children 2023), which cannot be restarted by recording the decision again.
/// </summary>
public sealed class ReasonableCauseDecision : AuditedEntity
{
    public const int MaxDecidedByLength = 200;
    public const int MaxRationaleLength = 8000;

    private ReasonableCauseDecision(Guid id, Guid childId, Guid episodeId, DateTimeOffset decidedAt, string decidedBy, string rationale)
    {
        Id = id;
        ChildId = childId;
        EpisodeId = episodeId;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
        Rationale = rationale;
    }

    private ReasonableCauseDecision()
    {
        DecidedBy = Rationale = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the decision belongs to.</summary>
    public Guid EpisodeId { get; private set; }

    /// <summary>When the decision was made, in UTC: the strategy discussion clock runs from here.</summary>
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>Who made the decision, for example the team manager.</summary>
    public string DecidedBy { get; private set; }

    public string Rationale { get; private set; }

    public ReasonableCause AsCause() => new(Id, ReasonableCauseOrigin.ChildsRecord, ChildId, EpisodeId, DecidedAt, DecidedBy, Rationale);

    /// <param name="episode">The child's open child in need episode, or null when they have none.</param>
    /// <param name="episodeCauses">Every reasonable cause decision on the episode, including the front door's.</param>
    /// <param name="episodeDiscussions">Every strategy discussion on the episode.</param>
    public static RuleResult CanRecord(
        ChildInNeedEpisode? episode,
        DateTimeOffset decidedAt,
        string? decidedBy,
        string? rationale,
        IEnumerable<ReasonableCause> episodeCauses,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episodeCauses);
        ArgumentNullException.ThrowIfNull(episodeDiscussions);
        if (episode is not { IsOpen: true })
        {
            return RuleResult.Refused("The child has no open child in need episode. Record a referral first");
        }

        if (decidedAt > now)
        {
            return RuleResult.Refused("The date and time of the decision must be in the past");
        }

        if (WorkingCalendar.LocalDate(decidedAt) < episode.ReferralDate)
        {
            return RuleResult.Refused($"The decision cannot be before the referral date, {DisplayDate.Of(episode.ReferralDate)}");
        }

        if (string.IsNullOrWhiteSpace(decidedBy))
        {
            return RuleResult.Refused("Enter who made the decision");
        }

        if (decidedBy.Trim().Length > MaxDecidedByLength)
        {
            return RuleResult.Refused($"Enter who made the decision in {MaxDecidedByLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(rationale))
        {
            return RuleResult.Refused("Enter why there is reasonable cause to suspect significant harm");
        }

        if (rationale.Trim().Length > MaxRationaleLength)
        {
            return RuleResult.Refused($"Enter why there is reasonable cause in {MaxRationaleLength:N0} characters or fewer");
        }

        var discussions = episodeDiscussions.ToList();
        var waiting = episodeCauses.Where(c => c.EpisodeId == episode.Id && c.AnsweredBy(discussions) is null).OrderBy(c => c.DecidedAt).FirstOrDefault();
        return waiting is null
            ? RuleResult.Allowed
            : RuleResult.Refused(
                $"A strategy discussion is already due for the decision made on {LondonTime.Of(waiting.DecidedAt)}. Record that strategy discussion: its clock cannot be restarted");
    }

    /// <summary>Records the decision on the child's open episode, starting the strategy discussion clock.</summary>
    public static ReasonableCauseDecision Record(
        ChildInNeedEpisode episode,
        DateTimeOffset decidedAt,
        string decidedBy,
        string rationale,
        IEnumerable<ReasonableCause> episodeCauses,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(context);
        CanRecord(episode, decidedAt, decidedBy, rationale, episodeCauses, episodeDiscussions, context.Now).ThrowIfRefused();
        var decision = new ReasonableCauseDecision(
            Guid.CreateVersion7(context.Now), episode.ChildId, episode.Id, decidedAt.ToUniversalTime(), decidedBy.Trim(), rationale.Trim());
        decision.RecordChange(
            episode.ChildId,
            decision.Id,
            "Decision: reasonable cause to suspect significant harm",
            context,
            FieldChange.Between<DateTimeOffset?>("Decided", null, decision.DecidedAt),
            FieldChange.Between("Decided by", null, decision.DecidedBy),
            FieldChange.Between("Rationale", null, decision.Rationale));
        return decision;
    }
}
