using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.ChildProtection;

internal sealed class ChildProtectionPlanConfiguration : IEntityTypeConfiguration<ChildProtectionPlan>
{
    public void Configure(EntityTypeBuilder<ChildProtectionPlan> builder)
    {
        builder.ToTable("ChildProtectionPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.InitialCategory).HasCode(CategoryOfAbuse.Create).IsRequired();
        builder.Property(p => p.LatestCategory).HasCode(CategoryOfAbuse.Create).IsRequired();
        builder.Property(p => p.ContingencyPlan).HasMaxLength(ChildProtectionPlan.MaxContingencyPlanLength);
        builder.Property(p => p.EndNote).HasMaxLength(ChildProtectionPlan.MaxEndNoteLength);
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.IsFinalised);
        builder.Ignore(p => p.IsSecondOrSubsequent);

        builder.OwnsMany(p => p.Actions, action =>
        {
            action.ToTable("ChildProtectionPlanActions");
            action.WithOwner().HasForeignKey("PlanId");
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.What).HasMaxLength(ChildProtectionPlanAction.MaxWhatLength).IsRequired();
            action.Property(a => a.Who).HasMaxLength(ChildProtectionPlanAction.MaxWhoLength);
            action.Ignore(a => a.IsCompleted);
            action.Ignore(a => a.HasOwnerAndDate);
        });
        builder.Navigation(p => p.Actions).HasField("_actions");

        builder.HasMany(p => p.Conferences).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Conferences).HasField("_conferences");
        builder.HasMany(p => p.CoreGroups).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.CoreGroups).HasField("_coreGroups");

        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(p => p.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ChildId, p.StartDate });
        builder.HasIndex(p => p.EpisodeId);

        // One open plan per child, even when two people record an initial conference at once.
        builder.HasIndex(p => p.ChildId).IsUnique().HasFilter("end_date IS NULL").HasDatabaseName("ux_child_protection_plans_open_child_id");
    }
}
