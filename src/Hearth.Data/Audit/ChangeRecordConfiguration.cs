using System.Text.Json;
using Hearth.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Data.Audit;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("ChangeRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(500).IsRequired();
        builder.Property(c => c.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.Fields)
            .HasField("_fields")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                fields => JsonSerializer.Serialize(fields, Json),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? new List<FieldChange>(),
                new ValueComparer<IReadOnlyList<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, field) => HashCode.Combine(hash, field.GetHashCode())),
                    list => list.ToList()))
            .IsRequired();
        builder.HasIndex(c => new { c.ChildId, c.OccurredAt });
        builder.HasIndex(c => new { c.EntityType, c.EntityId });
    }
}

internal sealed class RecordViewConfiguration : IEntityTypeConfiguration<RecordView>
{
    public void Configure(EntityTypeBuilder<RecordView> builder)
    {
        builder.ToTable("RecordViews");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.UserName).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Page).HasMaxLength(400).IsRequired();
        builder.HasIndex(v => new { v.ChildId, v.OccurredAt });
        builder.HasIndex(v => new { v.UserId, v.OccurredAt });
    }
}
