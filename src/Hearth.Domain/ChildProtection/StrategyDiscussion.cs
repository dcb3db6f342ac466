using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Referrals;

namespace Hearth.Domain.ChildProtection;

/// <summary>
/// A strategy discussion (or strategy meeting) about one child: one multi-agency record of when it was held, who took
/// part for each agency, what each agency contributed, whether each agreed with the decision, and its outcome
/// (Working Together to Safeguard Children 2023). The first discussion answers a decision that there is reasonable cause
/// to suspect significant harm and stops that decision's clock; a further discussion follows an earlier one.
/// </summary>
public sealed class StrategyDiscussion : AuditedEntity
{
    public const int MaxReasonsLength = 8000;

    private readonly List<StrategyDiscussionParticipant> _participants = [];
    private readonly List<AgencyContribution> _contributions = [];

    private StrategyDiscussion(Guid id, Guid childId, Guid episodeId, StrategyDiscussionDetails details)
    {
        Id = id;
        ChildId = childId;
        EpisodeId = episodeId;
        HeldAt = details.HeldAt.ToUniversalTime();
        Format = details.Format;
        Outcome = details.Outcome;
        Reasons = details.Reasons!.Trim();
        _participants.AddRange(details.Participants.Select((p, i) => p.At(i + 1)));
        _contributions.AddRange(details.Contributions);
    }

    private StrategyDiscussion()
    {
        Reasons = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChildId { get; private set; }

    /// <summary>The child in need episode the discussion belongs to.</summary>
    public Guid EpisodeId { get; private set; }

    /// <summary>The reasonable cause decision (or front door contact) this discussion answers; null for a further discussion.</summary>
    public Guid? ReasonableCauseId { get; private set; }

    /// <summary>When the reasonable cause decision it answers was made: the start of its clock. Null for a further discussion.</summary>
    public DateTimeOffset? ReasonableCauseAt { get; private set; }

    /// <summary>The earlier strategy discussion this one follows, when that one decided a further discussion was needed.</summary>
    public Guid? PreviousDiscussionId { get; private set; }

    /// <summary>When the discussion was held, in UTC.</summary>
    public DateTimeOffset HeldAt { get; private set; }

    /// <summary>The Europe/London date it was held: a section 47 enquiry it starts starts on this date.</summary>
    public DateOnly HeldOn => WorkingCalendar.LocalDate(HeldAt);

    public StrategyDiscussionFormat Format { get; private set; }

    public IReadOnlyList<StrategyDiscussionParticipant> Participants => _participants;

    public IReadOnlyList<AgencyContribution> Contributions => _contributions;

    public StrategyDiscussionOutcome Outcome { get; private set; }

    public string Reasons { get; private set; }

    public bool IsFurtherDiscussion => PreviousDiscussionId is not null;

    /// <summary>The agencies taking part, in the order their first participant was given.</summary>
    public IReadOnlyList<Agency> Agencies => [.. _participants.OrderBy(p => p.Position).Select(p => p.Agency).Distinct()];

    /// <summary>Which of children's social care, the police and health, expected at every strategy discussion, took no part.</summary>
    public IReadOnlyList<Agency> MissingCoreAgencies => [.. Agency.Core.Where(a => !_participants.Any(p => p.Agency == a))];

    /// <summary>The agencies that disagreed with the decision.</summary>
    public IReadOnlyList<AgencyContribution> Dissents => [.. _contributions.Where(c => !c.AgreesWithDecision)];

    /// <summary>The strategy discussion clock this discussion stopped; null for a further discussion, which has none.</summary>
    public TimescaleEvaluation? StrategyDiscussionClock(Timescales timescales, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return ReasonableCauseAt is { } start ? timescales.StrategyDiscussion.Evaluate(start, HeldAt, now) : null;
    }

    /// <summary>
    /// Whether a strategy discussion can be recorded on the episode: answering <paramref name="answering"/>, a reasonable
    /// cause decision not yet discussed, or following <paramref name="previous"/>, a discussion that decided a further
    /// one was needed.
    /// </summary>
    public static RuleResult CanRecord(
        StrategyDiscussionDetails details,
        ChildInNeedEpisode? episode,
        ReasonableCause? answering,
        StrategyDiscussion? previous,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        DateTimeOffset now) =>
        CanRecord(details, episode, answering, previous, episodeDiscussions, now, multiAgency: true);

    /// <summary>
    /// Whether a strategy discussion known only from a statutory return (such as the CIN census, which carries the start
    /// date of the section 47 enquiry it decided on but not who took part) can be recorded: every rule of a strategy
    /// discussion answering a reasonable cause decision, except that at least two agencies took part, which the return
    /// cannot show.
    /// </summary>
    public static RuleResult CanRecordFromStatutoryReturn(
        StrategyDiscussionDetails details,
        ChildInNeedEpisode? episode,
        ReasonableCause? answering,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        DateTimeOffset now) =>
        CanRecord(details, episode, answering, null, episodeDiscussions, now, multiAgency: false);

    /// <summary>
    /// Records a strategy discussion known only from a statutory return, answering <paramref name="answering"/>. The
    /// details' participants, contributions and reasons must say what the return does not carry; the change is
    /// summarised as recorded from a statutory return, so the record never passes for a multi-agency discussion.
    /// </summary>
    public static StrategyDiscussion RecordFromStatutoryReturn(
        StrategyDiscussionDetails details,
        ChildInNeedEpisode episode,
        ReasonableCause answering,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(answering);
        ArgumentNullException.ThrowIfNull(context);
        CanRecordFromStatutoryReturn(details, episode, answering, episodeDiscussions, context.Now).ThrowIfRefused();
        return Create(details, episode, answering, null, "Strategy discussion recorded from a statutory return", context);
    }

    private static RuleResult CanRecord(
        StrategyDiscussionDetails details,
        ChildInNeedEpisode? episode,
        ReasonableCause? answering,
        StrategyDiscussion? previous,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        DateTimeOffset now,
        bool multiAgency)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(episodeDiscussions);
        var discussions = episodeDiscussions.ToList();
        if (episode is not { IsOpen: true })
        {
            return RuleResult.Refused("The child has no open child in need episode. Record a referral first");
        }

        if (answering is null && previous is null)
        {
            return RuleResult.Refused(
                "Record the decision that there is reasonable cause to suspect significant harm first: the strategy discussion's timescale runs from it");
        }

        if (answering is not null && previous is not null)
        {
            throw new ArgumentException("A strategy discussion answers a reasonable cause decision or follows an earlier discussion, not both.", nameof(previous));
        }

        if (answering is not null && (answering.EpisodeId != episode.Id || answering.AnsweredBy(discussions) is not null))
        {
            return RuleResult.Refused("A strategy discussion has already been recorded for that decision");
        }

        if (previous is not null)
        {
            if (previous.EpisodeId != episode.Id || previous.Outcome != StrategyDiscussionOutcome.FurtherStrategyDiscussion)
            {
                return RuleResult.Refused("A further strategy discussion follows one that decided a further discussion was needed");
            }

            if (discussions.Any(d => d.PreviousDiscussionId == previous.Id))
            {
                return RuleResult.Refused($"A further strategy discussion has already been recorded after the one on {LondonTime.Of(previous.HeldAt)}");
            }
        }

        return RuleResult.FirstRefusal(CanHold(details, answering, previous, now), CanHave(details, multiAgency));
    }

    /// <summary>Records the strategy discussion. Its outcome of a section 47 enquiry is for <see cref="Section47Enquiry.Start"/>, in the same save.</summary>
    public static StrategyDiscussion Record(
        StrategyDiscussionDetails details,
        ChildInNeedEpisode episode,
        ReasonableCause? answering,
        StrategyDiscussion? previous,
        IEnumerable<StrategyDiscussion> episodeDiscussions,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(context);
        CanRecord(details, episode, answering, previous, episodeDiscussions, context.Now).ThrowIfRefused();
        return Create(details, episode, answering, previous, previous is null ? "Strategy discussion recorded" : "Further strategy discussion recorded", context);
    }

    private static StrategyDiscussion Create(
        StrategyDiscussionDetails details, ChildInNeedEpisode episode, ReasonableCause? answering, StrategyDiscussion? previous, string summary, ChangeContext context)
    {
        var discussion = new StrategyDiscussion(Guid.CreateVersion7(context.Now), episode.ChildId, episode.Id, details)
        {
            ReasonableCauseId = answering?.Id,
            ReasonableCauseAt = answering?.DecidedAt,
            PreviousDiscussionId = previous?.Id,
        };
        discussion.RecordChange(
            episode.ChildId,
            discussion.Id,
            summary,
            context,
            [
                FieldChange.Between<DateTimeOffset?>("Held", null, discussion.HeldAt),
                FieldChange.Between("Format", null, discussion.Format.DisplayName),
                FieldChange.Between<DateTimeOffset?>("Reasonable cause decided", null, discussion.ReasonableCauseAt),
                FieldChange.Between("Follows the strategy discussion of", null, previous is null ? null : LondonTime.Of(previous.HeldAt)),
                FieldChange.Between(
                    "Participants", null, string.Join("; ", discussion.Participants.Select(p => $"{p.Name}, {p.Role} ({p.Agency.DisplayName})"))),
                .. discussion.Contributions.Select(c => FieldChange.Between(
                    $"{c.Agency.DisplayName}: contribution and view",
                    null,
                    $"{c.Contribution} | {(c.AgreesWithDecision ? "Agreed with the decision" : $"Disagreed: {c.DissentReason}")}")),
                FieldChange.Between("Outcome", null, discussion.Outcome.DisplayName),
                FieldChange.Between("Reasons for the decision", null, discussion.Reasons),
            ]);
        return discussion;
    }

    private static RuleResult CanHold(StrategyDiscussionDetails details, ReasonableCause? answering, StrategyDiscussion? previous, DateTimeOffset now)
    {
        if (details.HeldAt > now)
        {
            return RuleResult.Refused("The date and time of the strategy discussion must be in the past");
        }

        if (answering is not null && details.HeldAt < answering.DecidedAt)
        {
            return RuleResult.Refused(
                $"The strategy discussion cannot be before the decision that there was reasonable cause to suspect significant harm, on {LondonTime.Of(answering.DecidedAt)}");
        }

        return previous is not null && details.HeldAt <= previous.HeldAt
            ? RuleResult.Refused($"A further strategy discussion must be after the one it follows, on {LondonTime.Of(previous.HeldAt)}")
            : RuleResult.Allowed;
    }

    private static RuleResult CanHave(StrategyDiscussionDetails details, bool multiAgency)
    {
        if (!Enum.IsDefined(details.Format))
        {
            return RuleResult.Refused("Select whether it was a strategy meeting or a discussion");
        }

        var agencies = details.Participants.Select(p => p.Agency).Distinct().ToList();
        if (agencies.Count < (multiAgency ? 2 : 1))
        {
            return RuleResult.Refused(multiAgency
                ? "A strategy discussion is multi-agency: add who took part from at least two agencies"
                : "Add who took part, or say that the return does not carry it");
        }

        foreach (var agency in agencies)
        {
            var count = details.Contributions.Count(c => c.Agency == agency);
            if (count == 0)
            {
                return RuleResult.Refused($"Enter what {AgencyContribution.Of(agency)} contributed");
            }

            if (count > 1)
            {
                return RuleResult.Refused($"Give one contribution for {AgencyContribution.Of(agency)}");
            }
        }

        if (details.Contributions.FirstOrDefault(c => !agencies.Contains(c.Agency)) is { } without)
        {
            return RuleResult.Refused($"Add who took part for {AgencyContribution.Of(without.Agency)}, or leave its contribution blank");
        }

        if (!Enum.IsDefined(details.Outcome))
        {
            return RuleResult.Refused("Select the outcome of the strategy discussion");
        }

        if (string.IsNullOrWhiteSpace(details.Reasons))
        {
            return RuleResult.Refused("Enter the reasons for the decision");
        }

        return details.Reasons.Trim().Length > MaxReasonsLength
            ? RuleResult.Refused($"Enter the reasons for the decision in {MaxReasonsLength:N0} characters or fewer")
            : RuleResult.Allowed;
    }
}
