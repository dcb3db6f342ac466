using Hearth.Domain;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Workforce;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.ToTable("Workers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.GivenName).HasMaxLength(100).IsRequired();
        builder.Property(w => w.FamilyName).HasMaxLength(100).IsRequired();
        builder.Property(w => w.Email).HasConversion(e => e.Value, v => EmailAddress.Create(v)).HasMaxLength(EmailAddress.MaxLength).IsRequired();
        builder.Property(w => w.Registration).HasConversion(r => r!.Value, v => SocialWorkEnglandNumber.Create(v)).HasMaxLength(20);
        builder.HasOne<Team>().WithMany().HasForeignKey(w => w.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.Email).IsUnique();
    }
}

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("UserAccounts");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.UserName).HasConversion(e => e.Value, v => EmailAddress.Create(v)).HasMaxLength(EmailAddress.MaxLength).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(500).IsRequired();
        builder.Property(u => u.SecurityStamp).HasMaxLength(100).IsRequired().IsConcurrencyToken();
        builder.HasOne<Worker>().WithMany().HasForeignKey(u => u.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.UserName).IsUnique();
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("Allocations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.EndReason).HasMaxLength(1000);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.StartDate });
        builder.HasIndex(a => new { a.WorkerId, a.EndDate });
        builder.HasIndex(a => new { a.TeamId, a.EndDate });
    }
}
