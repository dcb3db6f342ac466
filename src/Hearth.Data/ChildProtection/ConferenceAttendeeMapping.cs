using Hearth.Domain.ChildProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.ChildProtection;

/// <summary>The attendees of a conference or a core group meeting, each in a table of their own owned by the meeting.</summary>
internal static class ConferenceAttendeeMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, ConferenceAttendee> attendee, string table, string ownerKey, string foreignKeyName)
        where TOwner : class
    {
        attendee.ToTable(table);
        attendee.WithOwner().HasForeignKey(ownerKey).HasConstraintName(foreignKeyName);
        attendee.HasKey(a => a.Id);
        attendee.Property(a => a.Id).ValueGeneratedNever();
        attendee.Property(a => a.Name).HasMaxLength(ConferenceAttendee.MaxLength).IsRequired();
        attendee.Property(a => a.Role).HasMaxLength(ConferenceAttendee.MaxLength).IsRequired();
    }
}
