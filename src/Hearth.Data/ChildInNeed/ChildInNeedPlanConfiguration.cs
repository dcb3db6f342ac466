using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.ChildInNeed;

internal sealed class ChildInNeedPlanConfiguration : IEntityTypeConfiguration<ChildInNeedPlan>
{
    public void Configure(EntityTypeBuilder<ChildInNeedPlan> builder)
    {
        builder.ToTable("ChildInNeedPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.EndReason).HasMaxLength(ChildInNeedPlan.MaxReasonLength);
        builder.Property(p => p.ContingencyPlan).HasMaxLength(ChildInNeedPlan.MaxTextLength);
        builder.Property(p => p.AuthorisedByName).HasMaxLength(200);
        builder.Ignore(p => p.IsEnded);
        builder.Ignore(p => p.IsFinalised);
        builder.Ignore(p => p.ReviewClockStart);
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(p => p.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ChildId, p.EndDate });
        builder.HasIndex(p => p.EpisodeId);

        builder.OwnsMany(p => p.Actions, action =>
        {
            action.ToTable("ChildInNeedPlanActions");
            action.WithOwner().HasForeignKey("PlanId");
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.What).HasMaxLength(PlanAction.MaxWhatLength).IsRequired();
            action.Property(a => a.Who).HasMaxLength(PlanAction.MaxWhoLength);
            action.Ignore(a => a.IsCompleted);
            action.Ignore(a => a.HasOwnerAndDate);
        });
        builder.Navigation(p => p.Actions).HasField("_actions");

        builder.OwnsMany(p => p.Reviews, review =>
        {
            review.ToTable("ChildInNeedPlanReviews");
            review.WithOwner().HasForeignKey("PlanId");
            review.HasKey(r => r.Id);
            review.Property(r => r.Id).ValueGeneratedNever();
            review.Property(r => r.Notes).HasMaxLength(PlanReview.MaxNotesLength).IsRequired();
        });
        builder.Navigation(p => p.Reviews).HasField("_reviews");
    }
}
