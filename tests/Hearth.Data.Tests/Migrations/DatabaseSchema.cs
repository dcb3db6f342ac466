using System.Data.Common;
using Hearth.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Migrations;

/// <summary>A provider-neutral description of a database's tables, columns, indexes and foreign keys.</summary>
internal static class DatabaseSchema
{
    private const string SqliteSchema = """
        SELECT 'column ' || m.name || '.' || c.name || ' ' || lower(c.type) || CASE WHEN c."notnull" = 1 THEN ' not null' ELSE ' null' END || CASE WHEN c.pk > 0 THEN ' pk' ELSE '' END
        FROM sqlite_master m JOIN pragma_table_info(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
        UNION ALL
        SELECT 'index ' || m.name || ' ' || il.name || CASE WHEN il."unique" = 1 THEN ' unique' ELSE '' END || ' (' ||
            (SELECT group_concat(ii.name, ',') FROM pragma_index_info(il.name) ii) || ')'
        FROM sqlite_master m JOIN pragma_index_list(m.name) il
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%' AND il.origin <> 'pk'
        UNION ALL
        SELECT 'foreign key ' || m.name || '(' || fk."from" || ') -> ' || fk."table" || '(' || fk."to" || ') on delete ' || lower(fk.on_delete)
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        """;

    private const string PostgresSchema = """
        SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type
            || coalesce('(' || c.character_maximum_length || ')', '') || CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE ' null' END
            || coalesce(' default ' || c.column_default, '') || coalesce(' identity ' || c.identity_generation, '')
        FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name NOT LIKE '__EFMigrations%'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"__EFMigrations%'
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(HearthDbContext context)
    {
        var sql = context.Database.IsSqlite() ? SqliteSchema : PostgresSchema;
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            rows.Sort(StringComparer.Ordinal);
            return rows;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
