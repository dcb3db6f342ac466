using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.ChildProtection;

internal sealed class ReasonableCauseDecisionConfiguration : IEntityTypeConfiguration<ReasonableCauseDecision>
{
    public void Configure(EntityTypeBuilder<ReasonableCauseDecision> builder)
    {
        builder.ToTable("ReasonableCauseDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DecidedBy).HasMaxLength(ReasonableCauseDecision.MaxDecidedByLength).IsRequired();
        builder.Property(d => d.Rationale).HasMaxLength(ReasonableCauseDecision.MaxRationaleLength).IsRequired();
        builder.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(d => d.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ChildId, d.DecidedAt });
        builder.HasIndex(d => d.EpisodeId);
    }
}

internal sealed class StrategyDiscussionConfiguration : IEntityTypeConfiguration<StrategyDiscussion>
{
    public void Configure(EntityTypeBuilder<StrategyDiscussion> builder)
    {
        builder.ToTable("StrategyDiscussions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reasons).HasMaxLength(StrategyDiscussion.MaxReasonsLength).IsRequired();
        builder.Ignore(d => d.HeldOn);
        builder.Ignore(d => d.IsFurtherDiscussion);
        builder.Ignore(d => d.Agencies);
        builder.Ignore(d => d.MissingCoreAgencies);
        builder.Ignore(d => d.Dissents);
        builder.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(d => d.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StrategyDiscussion>().WithMany().HasForeignKey(d => d.PreviousDiscussionId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_strategy_discussions_previous_discussion");
        builder.HasIndex(d => new { d.ChildId, d.HeldAt });

        // One discussion per reasonable cause decision on an episode (a front door contact about brothers and sisters is
        // the decision on each child's episode), and one further discussion after another, even when two people record
        // at once: the clock a decision started is stopped once.
        builder.HasIndex(d => new { d.EpisodeId, d.ReasonableCauseId }).IsUnique().HasFilter("reasonable_cause_id IS NOT NULL");
        builder.HasIndex(d => d.PreviousDiscussionId).IsUnique().HasFilter("previous_discussion_id IS NOT NULL");

        builder.OwnsMany(d => d.Participants, participant =>
        {
            participant.ToTable("StrategyDiscussionParticipants");
            participant.WithOwner().HasForeignKey("StrategyDiscussionId");
            participant.Metadata.SetConstraintName("fk_strategy_discussion_participants_discussion");
            participant.HasKey("StrategyDiscussionId", nameof(StrategyDiscussionParticipant.Position));
            participant.Property(p => p.Position).ValueGeneratedNever();
            participant.Property(p => p.Name).HasMaxLength(StrategyDiscussionParticipant.MaxLength).IsRequired();
            participant.Property(p => p.Role).HasMaxLength(StrategyDiscussionParticipant.MaxLength).IsRequired();
            participant.Property(p => p.Agency).HasAgency();
        });
        builder.Navigation(d => d.Participants).HasField("_participants");

        builder.OwnsMany(d => d.Contributions, contribution =>
        {
            contribution.ToTable("StrategyDiscussionContributions");
            contribution.WithOwner().HasForeignKey("StrategyDiscussionId");
            contribution.Metadata.SetConstraintName("fk_strategy_discussion_contributions_discussion");
            contribution.Property(c => c.Agency).HasAgency();
            contribution.HasKey("StrategyDiscussionId", nameof(AgencyContribution.Agency));
            contribution.Property(c => c.Contribution).HasMaxLength(AgencyContribution.MaxContributionLength).IsRequired();
            contribution.Property(c => c.DissentReason).HasMaxLength(AgencyContribution.MaxDissentLength);
        });
        builder.Navigation(d => d.Contributions).HasField("_contributions");
    }
}

internal sealed class Section47EnquiryConfiguration : IEntityTypeConfiguration<Section47Enquiry>
{
    /// <summary>The census's ongoing enquiry: no conference held, and none ruled out by the outcome.</summary>
    internal const string OngoingFilter = "initial_conference_held_on IS NULL AND (outcome IS NULL OR outcome = 1)";

    public void Configure(EntityTypeBuilder<Section47Enquiry> builder)
    {
        builder.ToTable("Section47Enquiries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.NotSeenReason).HasMaxLength(Section47Enquiry.MaxReasonLength);
        builder.Property(e => e.OutcomeReasons).HasMaxLength(Section47Enquiry.MaxOutcomeReasonsLength);
        builder.Ignore(e => e.HasOutcome);
        builder.Ignore(e => e.IsInitialConferenceNotRequired);
        builder.Ignore(e => e.IsOngoing);
        builder.HasOne<Child>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(e => e.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StrategyDiscussion>().WithMany().HasForeignKey(e => e.StrategyDiscussionId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_section47_enquiries_strategy_discussion");
        builder.HasIndex(e => new { e.ChildId, e.StartDate });
        builder.HasIndex(e => e.StrategyDiscussionId).IsUnique();

        // The census allows one ongoing section 47 enquiry per episode (rule 8839), even when two people start one at once.
        builder.HasIndex(e => e.EpisodeId).IsUnique().HasFilter(OngoingFilter).HasDatabaseName("ux_section47_enquiries_ongoing_episode_id");
    }
}

internal static class AgencyConversion
{
    public const int MaxLength = Agency.MaxNameLength + 10;

    public static PropertyBuilder<Agency> HasAgency(this PropertyBuilder<Agency> property) =>
        property.HasConversion(agency => agency.Code, code => Agency.FromCode(code)).HasMaxLength(MaxLength).IsRequired();
}
