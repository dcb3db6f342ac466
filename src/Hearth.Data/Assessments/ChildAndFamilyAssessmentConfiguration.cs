using Hearth.Domain.Assessments;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Assessments;

internal sealed class ChildAndFamilyAssessmentConfiguration : IEntityTypeConfiguration<ChildAndFamilyAssessment>
{
    public void Configure(EntityTypeBuilder<ChildAndFamilyAssessment> builder)
    {
        builder.ToTable("ChildAndFamilyAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.NotSeenAloneReason).HasMaxLength(ChildAndFamilyAssessment.MaxNoteLength);
        builder.Property(a => a.Factors).HasCommaSeparated(f => f.Code, AssessmentFactor.Create, 300);
        builder.Property(a => a.Analysis).HasMaxLength(ChildAndFamilyAssessment.MaxTextLength);
        builder.Property(a => a.OutcomeDetail).HasMaxLength(ChildAndFamilyAssessment.MaxNoteLength);
        builder.Property(a => a.CompletedByName).HasMaxLength(200);
        builder.Property(a => a.AuthorisedByName).HasMaxLength(200);
        builder.Property(a => a.LatenessReason).HasMaxLength(ChildAndFamilyAssessment.MaxNoteLength);
        builder.Property(a => a.ReturnNote).HasMaxLength(ChildAndFamilyAssessment.MaxNoteLength);
        builder.Ignore(a => a.IsAuthorised);
        builder.HasOne<Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildInNeedEpisode>().WithMany().HasForeignKey(a => a.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.Status });
        builder.HasIndex(a => a.EpisodeId);
    }
}
