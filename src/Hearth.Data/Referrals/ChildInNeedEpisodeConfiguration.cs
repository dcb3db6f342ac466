using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Referrals;

internal sealed class ChildInNeedEpisodeConfiguration : IEntityTypeConfiguration<ChildInNeedEpisode>
{
    public void Configure(EntityTypeBuilder<ChildInNeedEpisode> builder)
    {
        builder.ToTable("ChildInNeedEpisodes");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Source).HasCode(ReferralSource.Create).IsRequired();
        builder.Property(e => e.PrimaryNeed).HasCode(PrimaryNeed.Create).IsRequired();
        builder.Property(e => e.ClosureReason).HasCode(ClosureReason.Create);
        builder.Ignore(e => e.IsOpen);
        builder.HasOne<Child>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ChildId, e.ReferralDate });
        builder.HasIndex(e => e.ContactId);

        // One open episode per child, even when two people record a referral at once.
        builder.HasIndex(e => e.ChildId).IsUnique().HasFilter("closure_date IS NULL").HasDatabaseName("ux_child_in_need_episodes_open_child_id");
    }
}
