using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>The append-only audit tables: every change with before and after values, and every view of a child's record.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000001_Audit")]
public sealed class Audit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "change_records",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: true),
                entity_type = table.Column<string>(maxLength: 100, nullable: false),
                entity_id = table.Column<Guid>(nullable: false),
                summary = table.Column<string>(maxLength: 500, nullable: false),
                actor_id = table.Column<Guid>(nullable: false),
                actor_name = table.Column<string>(maxLength: 200, nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                reason = table.Column<string>(maxLength: 2000, nullable: true),
                fields = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_change_records", x => x.id));

        migrationBuilder.CreateIndex("ix_change_records_child_id_occurred_at", "change_records", ["child_id", "occurred_at"]);
        migrationBuilder.CreateIndex("ix_change_records_entity_type_entity_id", "change_records", ["entity_type", "entity_id"]);

        migrationBuilder.CreateTable(
            name: "record_views",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                user_name = table.Column<string>(maxLength: 200, nullable: false),
                page = table.Column<string>(maxLength: 400, nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                allowed = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_record_views", x => x.id));

        migrationBuilder.CreateIndex("ix_record_views_child_id_occurred_at", "record_views", ["child_id", "occurred_at"]);
        migrationBuilder.CreateIndex("ix_record_views_user_id_occurred_at", "record_views", ["user_id", "occurred_at"]);

        AppendOnly.Protect(migrationBuilder, "change_records");
        AppendOnly.Protect(migrationBuilder, "record_views");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("record_views");
        migrationBuilder.DropTable("change_records");
    }
}
