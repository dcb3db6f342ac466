using System.Text;
using Hearth.Data.Children;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Data;

public class HearthDbContext(DbContextOptions<HearthDbContext> options) : DbContext(options)
{
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<RecordView> RecordViews => Set<RecordView>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareAsync(async: false, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await PrepareAsync(async: true, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
    /// brings the search words and text of every child being saved up to date.
    /// </summary>
    internal async Task PrepareAsync(bool async, CancellationToken cancellationToken)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ChangeRecord or RecordView && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit records are append-only: they cannot be changed or deleted.");
            }
        }

        await RefreshSearchAsync(async, cancellationToken);

        var audited = ChangeTracker.Entries<AuditedEntity>().Select(e => e.Entity).ToList();
        foreach (var entity in audited)
        {
            ChangeRecords.AddRange(entity.TakePendingChanges());
        }
    }

    private async Task RefreshSearchAsync(bool async, CancellationToken cancellationToken)
    {
        var saving = ChangeTracker.Entries<Child>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        if (saving.Count == 0)
        {
            return;
        }

        var modifiedIds = saving.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
        var stored = modifiedIds.Count == 0
            ? []
            : async
                ? await Set<ChildSearchWord>().Where(w => modifiedIds.Contains(w.ChildId)).ToListAsync(cancellationToken)
                : Set<ChildSearchWord>().Where(w => modifiedIds.Contains(w.ChildId)).ToList();
        var storedByChild = stored.ToLookup(w => w.ChildId);

        foreach (var entry in saving)
        {
            var child = entry.Entity;
            entry.Property(ChildSearchText.NamesColumn).CurrentValue = ChildSearchText.Names(child);
            entry.Property(ChildSearchText.PostcodeColumn).CurrentValue = ChildSearchText.Postcode(child);

            var wanted = ChildSearchText.WordsAndSounds(child).ToDictionary(w => w.Word, w => w.Sound, StringComparer.Ordinal);
            foreach (var old in storedByChild[child.Id])
            {
                if (!wanted.Remove(old.Word))
                {
                    Remove(old);
                }
            }

            foreach (var (word, sound) in wanted)
            {
                Add(new ChildSearchWord(child.Id, word, sound));
            }
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
