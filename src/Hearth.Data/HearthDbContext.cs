using System.Text;
using Hearth.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Data;

public class HearthDbContext(DbContextOptions<HearthDbContext> options) : DbContext(options)
{
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<RecordView> RecordViews => Set<RecordView>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareAudit();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Instants are stored as UTC date-times: PostgreSQL's timestamptz takes only UTC, and SQLite
        // cannot order by a DateTimeOffset but can order the ISO text of a DateTime.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HearthDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(AuditedEntity).IsAssignableFrom(e.ClrType)).ToList())
        {
            modelBuilder.Entity(entity.ClrType).Ignore(nameof(AuditedEntity.PendingChanges));
        }

        ApplySnakeCaseNames(modelBuilder);
    }

    /// <summary>
    /// Adds the change records that audited entities have pending, so they are saved in the same
    /// transaction as the change; refuses any edit or deletion of the append-only audit tables; and
    /// refreshes the search text of every child being saved.
    /// </summary>
    private void PrepareAudit()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ChangeRecord or RecordView && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit records are append-only: they cannot be changed or deleted.");
            }
        }

        foreach (var entry in ChangeTracker.Entries<Hearth.Domain.Children.Child>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Property(Children.ChildSearchText.NamesColumn).CurrentValue = Children.ChildSearchText.Names(entry.Entity);
            entry.Property(Children.ChildSearchText.SoundsColumn).CurrentValue = Children.ChildSearchText.Sounds(entry.Entity);
            entry.Property(Children.ChildSearchText.PostcodeColumn).CurrentValue = Children.ChildSearchText.Postcode(entry.Entity);
        }

        var audited = ChangeTracker.Entries<AuditedEntity>().Select(e => e.Entity).ToList();
        foreach (var entity in audited)
        {
            ChangeRecords.AddRange(entity.TakePendingChanges());
        }
    }

    private static void ApplySnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() && entity.GetTableName() == entity.FindOwnership()?.PrincipalEntityType.GetTableName())
            {
                foreach (var property in entity.GetProperties().Where(p => !p.IsPrimaryKey()))
                {
                    property.SetColumnName(ToSnakeCase(property.GetColumnName()));
                }

                continue;
            }

            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(ToSnakeCase(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.GetColumnName()));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && name[i - 1] != '_' && (previousIsLowerOrDigit || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}
