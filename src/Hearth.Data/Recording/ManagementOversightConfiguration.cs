using Hearth.Domain.Children;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Recording;

internal sealed class ManagementOversightConfiguration : IEntityTypeConfiguration<ManagementOversight>
{
    public void Configure(EntityTypeBuilder<ManagementOversight> builder)
    {
        builder.ToTable("ManagementOversights");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.ManagerName).HasMaxLength(ManagementOversight.MaxNameLength).IsRequired();
        builder.Property(o => o.Summary).HasMaxLength(ManagementOversight.MaxTextLength).IsRequired();
        builder.Property(o => o.Direction).HasMaxLength(ManagementOversight.MaxTextLength).IsRequired();
        builder.HasOne<Child>().WithMany().HasForeignKey(o => o.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Actions).WithOne().HasForeignKey(a => a.OversightId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(o => new { o.ChildId, o.OversightDate });
    }
}

internal sealed class OversightActionConfiguration : IEntityTypeConfiguration<OversightAction>
{
    public void Configure(EntityTypeBuilder<OversightAction> builder)
    {
        builder.ToTable("OversightActions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.What).HasMaxLength(ManagementOversight.MaxActionLength).IsRequired();
        builder.Property(a => a.CompletionNote).HasMaxLength(ManagementOversight.MaxNoteLength);
        builder.Property(a => a.CompletedByName).HasMaxLength(ManagementOversight.MaxNameLength);
        builder.Ignore(a => a.IsDone);
        builder.HasOne<Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.CompletedOn });
        builder.HasIndex(a => a.OversightId);
        builder.HasIndex(a => a.WorkerId);
    }
}

internal sealed class SignificantEventConfiguration : IEntityTypeConfiguration<SignificantEvent>
{
    public void Configure(EntityTypeBuilder<SignificantEvent> builder)
    {
        builder.ToTable("SignificantEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.What).HasMaxLength(SignificantEvent.MaxWhatLength).IsRequired();
        builder.Property(e => e.Source).HasMaxLength(SignificantEvent.MaxSourceLength).IsRequired();
        builder.Property(e => e.RecordedByName).HasMaxLength(SignificantEvent.MaxNameLength).IsRequired();
        builder.HasOne<Child>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ChildId, e.OccurredOn });
    }
}

internal sealed class ChronologyAnalysisConfiguration : IEntityTypeConfiguration<ChronologyAnalysis>
{
    public void Configure(EntityTypeBuilder<ChronologyAnalysis> builder)
    {
        builder.ToTable("ChronologyAnalyses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(ChronologyAnalysis.MaxTextLength).IsRequired();
        builder.Property(a => a.AuthorName).HasMaxLength(ChronologyAnalysis.MaxNameLength).IsRequired();
        builder.HasOne<Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.WrittenAt });
    }
}
