using Hearth.Domain.Children;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Recording;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("Visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.NotSeenReason).HasMaxLength(Visit.MaxReasonLength);
        builder.Property(v => v.WishesAndFeelings).HasMaxLength(Visit.MaxTextLength);
        builder.Property(v => v.Observations).HasMaxLength(Visit.MaxTextLength);
        builder.Property(v => v.Analysis).HasMaxLength(Visit.MaxTextLength);
        builder.HasOne<Child>().WithMany().HasForeignKey(v => v.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(v => v.VisitorWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ChildId, v.VisitedOn });
        builder.HasIndex(v => v.VisitorWorkerId);
    }
}
