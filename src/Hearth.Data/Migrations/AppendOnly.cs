using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on an audit table, so the audit trail stays
/// append-only even for someone with SQL access who bypasses the application.
/// </summary>
internal static class AppendOnly
{
    private const string Message = "is append-only: audit rows cannot be changed or deleted";

    public static void Protect(MigrationBuilder migrationBuilder, string table)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '{table} {Message}';
                END $$;
                CREATE TRIGGER {table}_no_update_or_delete BEFORE UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION {table}_append_only();
                """);
        }
        else
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} {Message}'); END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                BEGIN SELECT RAISE(ABORT, '{table} {Message}'); END;
                """);
        }
    }
}
