using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.FrontDoor;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // Two people deciding, closing or reopening the same contact at once: the second save is refused.
        builder.Property(c => c.Status).IsConcurrencyToken();
        builder.Property(c => c.Source).HasCode(ReferralSource.Create).IsRequired();
        builder.Property(c => c.ReferrerName).HasMaxLength(Contact.MaxReferrerLength);
        builder.Property(c => c.ReferrerAgency).HasMaxLength(Contact.MaxReferrerLength);
        builder.Property(c => c.PresentingConcerns).HasMaxLength(Contact.MaxConcernsLength).IsRequired();
        builder.Property(c => c.ClosedReason).HasMaxLength(Contact.MaxReasonLength);
        builder.Property(c => c.Rationale).HasMaxLength(Contact.MaxRationaleLength);
        builder.Property(c => c.DecidedByName).HasMaxLength(200);
        builder.Property(c => c.RecordedByName).HasMaxLength(200).IsRequired();
        builder.Ignore(c => c.IsLinked);
        builder.Ignore(c => c.ChainId);
        builder.Ignore(c => c.IsUndecided);
        builder.Ignore(c => c.OutstandingChecks);
        builder.Ignore(c => c.HasReferrer);
        builder.Property(c => c.ConsentSoughtFrom).HasMaxLength(Contact.MaxConsentSoughtFromLength);
        builder.Property(c => c.ConsentReason).HasMaxLength(Contact.MaxReasonLength);
        builder.OwnsMany(c => c.Checks, check =>
        {
            check.ToTable("ContactChecks");
            check.WithOwner().HasForeignKey("ContactId");
            check.HasKey(c => c.Id);
            check.Property(c => c.Id).ValueGeneratedNever();
            check.Property(c => c.OtherAgencyName).HasMaxLength(AgencyCheck.MaxAgencyNameLength);
            check.Property(c => c.Response).HasMaxLength(AgencyCheck.MaxResponseLength);
            check.Ignore(c => c.AgencyName);
            check.Ignore(c => c.IsOutstanding);
        });
        builder.OwnsMany(c => c.Children, child =>
        {
            child.ToTable("ContactChildren");
            child.WithOwner().HasForeignKey("ContactId");
            child.HasKey("ContactId", nameof(ContactChild.ChildId));
            child.HasIndex(c => c.ChildId);
            child.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        });

        // The front door queue: undecided contacts by the time their chain was first received.
        builder.HasIndex(c => new { c.Status, c.ChainReceivedAt });
        builder.HasIndex(c => c.ChainRootId);
    }
}
