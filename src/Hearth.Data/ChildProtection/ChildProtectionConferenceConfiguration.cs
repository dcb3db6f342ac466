using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.ChildProtection;

internal sealed class ChildProtectionConferenceConfiguration : IEntityTypeConfiguration<ChildProtectionConference>
{
    public void Configure(EntityTypeBuilder<ChildProtectionConference> builder)
    {
        builder.ToTable("ChildProtectionConferences");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Category).HasCode(CategoryOfAbuse.Create);
        builder.Ignore(c => c.IsInitial);
        builder.Ignore(c => c.Title);
        builder.OwnsMany(c => c.Attendees, a => ConferenceAttendeeMapping.Map(a, "ChildProtectionConferenceAttendees", "ConferenceId", "fk_child_protection_conference_attendees_conference_id"));
        builder.Navigation(c => c.Attendees).HasField("_attendees");
        builder.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(c => c.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ChildId, c.HeldOn });
        builder.HasIndex(c => c.EpisodeId);
        builder.HasIndex(c => c.PlanId);
    }
}
