using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.ChildProtection;

internal sealed class CoreGroupMeetingConfiguration : IEntityTypeConfiguration<CoreGroupMeeting>
{
    public void Configure(EntityTypeBuilder<CoreGroupMeeting> builder)
    {
        builder.ToTable("CoreGroupMeetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Notes).HasMaxLength(CoreGroupMeeting.MaxNotesLength);
        builder.OwnsMany(m => m.Attendees, a => ConferenceAttendeeMapping.Map(a, "CoreGroupMeetingAttendees", "MeetingId", "fk_core_group_meeting_attendees_meeting_id"));
        builder.Navigation(m => m.Attendees).HasField("_attendees");
        builder.HasOne<Child>().WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ChildId, m.HeldOn });
        builder.HasIndex(m => m.PlanId);
    }
}
