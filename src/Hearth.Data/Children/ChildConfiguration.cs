using Hearth.Domain;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Children;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("Children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.LaChildId).HasConversion(v => v.Value, v => LocalAuthorityChildId.Create(v)).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.LaChildId).IsUnique();
        builder.OwnsOne(c => c.Name, name => MapName(name, prefix: string.Empty));
        builder.Navigation(c => c.Name).IsRequired();
        builder.Property(c => c.Sex).HasCode(Sex.Create).IsRequired();
        builder.Property(c => c.GenderIdentity).HasMaxLength(100);
        builder.Property(c => c.Ethnicity).HasCode(Ethnicity.Create).IsRequired();
        builder.Property(c => c.FirstLanguage).HasConversion(v => v!.Name, v => FirstLanguage.Create(v)).HasMaxLength(100);
        builder.Property(c => c.Religion).HasCode(Religion.Create);
        builder.Property(c => c.ImmigrationStatus).HasCode(ImmigrationStatus.Create);
        builder.Property(c => c.Disabilities).HasField("_disabilities").HasCommaSeparated(d => d.Code, Disability.Create, 200);
        builder.Property(c => c.NhsNumber).HasConversion(v => v!.Value, v => NhsNumber.Create(v)).HasMaxLength(10);
        builder.HasIndex(c => c.NhsNumber);
        builder.Property(c => c.Upn).HasConversion(v => v!.Value, v => UniquePupilNumber.Create(v)).HasMaxLength(13);
        builder.Property(c => c.FormerUpns).HasField("_formerUpns").HasCommaSeparated(u => u.Value, UniquePupilNumber.Create, 500);
        builder.Property(c => c.RestrictionReason).HasMaxLength(1000);
        builder.Property(c => c.RestrictedRecordViewerIds).HasField("_restrictedRecordViewerIds")
            .HasCommaSeparated(id => id.ToString("D"), Guid.Parse, 4000);
        builder.HasIndex(c => c.DateOfBirth);
        builder.Property<string>(ChildSearchText.NamesColumn).HasMaxLength(2000).IsRequired();
        builder.Property<string?>(ChildSearchText.PostcodeColumn).HasMaxLength(8);
        builder.HasIndex(ChildSearchText.PostcodeColumn);

        builder.OwnsMany(c => c.FormerNames, former =>
        {
            former.ToTable("ChildFormerNames");
            former.WithOwner().HasForeignKey("ChildId");
            former.HasKey(f => f.Id);
            former.Property(f => f.Id).ValueGeneratedNever();
            former.OwnsOne(f => f.Name, name => MapName(name, prefix: string.Empty));
            former.Navigation(f => f.Name).IsRequired();
        });
        builder.Navigation(c => c.FormerNames).HasField("_formerNames");

        builder.OwnsMany(c => c.Aliases, alias =>
        {
            alias.ToTable("ChildAliases");
            alias.WithOwner().HasForeignKey("ChildId");
            alias.HasKey(a => a.Id);
            alias.Property(a => a.Id).ValueGeneratedNever();
            alias.OwnsOne(a => a.Name, name => MapName(name, prefix: string.Empty));
            alias.Navigation(a => a.Name).IsRequired();
        });
        builder.Navigation(c => c.Aliases).HasField("_aliases");

        builder.OwnsMany(c => c.Addresses, address =>
        {
            address.ToTable("ChildAddresses");
            address.WithOwner().HasForeignKey("ChildId");
            address.HasKey(a => a.Id);
            address.Property(a => a.Id).ValueGeneratedNever();
            address.Property(a => a.Kind).HasCode(AddressKind.Create).IsRequired();
            address.OwnsOne(a => a.Address, MapAddress);
            address.HasIndex("ChildId", nameof(ChildAddress.EndDate));
        });
        builder.Navigation(c => c.Addresses).HasField("_addresses");

        builder.OwnsMany(c => c.Relationships, person =>
        {
            person.ToTable("ChildRelationships");
            person.WithOwner().HasForeignKey("ChildId");
            person.HasKey(p => p.Id);
            person.Property(p => p.Id).ValueGeneratedNever();
            person.Property(p => p.Name).HasMaxLength(200).IsRequired();
            person.Property(p => p.Relationship).HasCode(RelationshipType.Create).IsRequired();
            person.Property(p => p.Phone).HasConversion(v => v!.Value, v => PhoneNumber.Create(v)).HasMaxLength(30);
            person.OwnsOne(p => p.ContactAddress, MapAddress);
            person.HasIndex(p => p.RelatedChildId);
        });
        builder.Navigation(c => c.Relationships).HasField("_relationships");

        builder.OwnsMany(c => c.Professionals, professional =>
        {
            professional.ToTable("ChildProfessionals");
            professional.WithOwner().HasForeignKey("ChildId");
            professional.HasKey(p => p.Id);
            professional.Property(p => p.Id).ValueGeneratedNever();
            professional.Property(p => p.Role).HasCode(ProfessionalRole.Create).IsRequired();
            professional.Property(p => p.Name).HasMaxLength(200);
            professional.Property(p => p.Organisation).HasMaxLength(200);
            professional.Property(p => p.Phone).HasConversion(v => v!.Value, v => PhoneNumber.Create(v)).HasMaxLength(30);
            professional.Property(p => p.Email).HasConversion(v => v!.Value, v => EmailAddress.Create(v)).HasMaxLength(EmailAddress.MaxLength);
        });
        builder.Navigation(c => c.Professionals).HasField("_professionals");

        builder.OwnsMany(c => c.Warnings, warning =>
        {
            warning.ToTable("ChildWarnings");
            warning.WithOwner().HasForeignKey("ChildId");
            warning.HasKey(w => w.Id);
            warning.Property(w => w.Id).ValueGeneratedNever();
            warning.Property(w => w.Type).HasCode(WarningType.Create).IsRequired();
            warning.Property(w => w.Description).HasMaxLength(2000).IsRequired();
            warning.Property(w => w.EndReason).HasMaxLength(1000);
            warning.OwnsMany(w => w.Reviews, review =>
            {
                review.ToTable("ChildWarningReviews");
                review.WithOwner().HasForeignKey("WarningId");
                review.HasKey(r => r.Id);
                review.Property(r => r.Id).ValueGeneratedNever();
                review.Property(r => r.Note).HasMaxLength(2000);
            });
            warning.Navigation(w => w.Reviews).HasField("_reviews");
        });
        builder.Navigation(c => c.Warnings).HasField("_warnings");
    }

    private static void MapName<T>(OwnedNavigationBuilder<T, PersonName> name, string prefix)
        where T : class
    {
        name.Property(n => n.GivenNames).HasColumnName(prefix + "GivenNames").HasMaxLength(100).IsRequired();
        name.Property(n => n.FamilyName).HasColumnName(prefix + "FamilyName").HasMaxLength(100).IsRequired();
        name.Property(n => n.PreferredName).HasColumnName(prefix + "PreferredName").HasMaxLength(100);
    }

    private static void MapAddress<T>(OwnedNavigationBuilder<T, Address> address)
        where T : class
    {
        address.Property(a => a.Line1).HasColumnName("Line1").HasMaxLength(200).IsRequired();
        address.Property(a => a.Line2).HasColumnName("Line2").HasMaxLength(200);
        address.Property(a => a.Line3).HasColumnName("Line3").HasMaxLength(200);
        address.Property(a => a.Town).HasColumnName("Town").HasMaxLength(100).IsRequired();
        address.Property(a => a.Postcode).HasColumnName("Postcode").HasConversion(v => v!.Value, v => Postcode.Create(v)).HasMaxLength(8);
    }
}

internal sealed class ChildSearchWordConfiguration : IEntityTypeConfiguration<ChildSearchWord>
{
    public void Configure(EntityTypeBuilder<ChildSearchWord> builder)
    {
        builder.ToTable("ChildSearchWords");
        builder.HasKey(w => new { w.ChildId, w.Word });
        builder.Property(w => w.Word).HasMaxLength(ChildSearchWord.MaxWordLength);
        builder.Property(w => w.Sound).HasMaxLength(4).IsRequired();
        builder.HasOne<Child>().WithMany().HasForeignKey(w => w.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.Word, w.ChildId });
        builder.HasIndex(w => new { w.Sound, w.ChildId });
    }
}
