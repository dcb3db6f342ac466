using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Management oversight with its actions, and the significant events and analyses workers add to a child's chronology.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000011_OversightAndChronology")]
public sealed class OversightAndChronology : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "management_oversights",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                oversight_date = table.Column<DateOnly>(nullable: false),
                manager_account_id = table.Column<Guid>(nullable: false),
                manager_name = table.Column<string>(maxLength: 200, nullable: false),
                summary = table.Column<string>(maxLength: 20000, nullable: false),
                direction = table.Column<string>(maxLength: 20000, nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_management_oversights", x => x.id);
                table.ForeignKey("fk_management_oversights_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_management_oversights_child_id_oversight_date", "management_oversights", ["child_id", "oversight_date"]);

        migrationBuilder.CreateTable(
            name: "oversight_actions",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                oversight_id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                number = table.Column<int>(nullable: false),
                what = table.Column<string>(maxLength: 1000, nullable: false),
                worker_id = table.Column<Guid>(nullable: false),
                due_date = table.Column<DateOnly>(nullable: false),
                completed_on = table.Column<DateOnly>(nullable: true),
                completion_note = table.Column<string>(maxLength: 2000, nullable: true),
                completed_by_name = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_oversight_actions", x => x.id);
                table.ForeignKey("fk_oversight_actions_management_oversights_oversight_id", x => x.oversight_id, "management_oversights", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_oversight_actions_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_oversight_actions_workers_worker_id", x => x.worker_id, "workers", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_oversight_actions_child_id_completed_on", "oversight_actions", ["child_id", "completed_on"]);
        migrationBuilder.CreateIndex("ix_oversight_actions_oversight_id", "oversight_actions", "oversight_id");
        migrationBuilder.CreateIndex("ix_oversight_actions_worker_id", "oversight_actions", "worker_id");

        migrationBuilder.CreateTable(
            name: "significant_events",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                occurred_on = table.Column<DateOnly>(nullable: false),
                what = table.Column<string>(maxLength: 1000, nullable: false),
                source = table.Column<string>(maxLength: 500, nullable: false),
                recorded_by_name = table.Column<string>(maxLength: 200, nullable: false),
                recorded_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_significant_events", x => x.id);
                table.ForeignKey("fk_significant_events_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_significant_events_child_id_occurred_on", "significant_events", ["child_id", "occurred_on"]);

        migrationBuilder.CreateTable(
            name: "chronology_analyses",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                text = table.Column<string>(maxLength: 20000, nullable: false),
                written_at = table.Column<DateTime>(nullable: false),
                author_account_id = table.Column<Guid>(nullable: false),
                author_name = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_chronology_analyses", x => x.id);
                table.ForeignKey("fk_chronology_analyses_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_chronology_analyses_child_id_written_at", "chronology_analyses", ["child_id", "written_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("chronology_analyses");
        migrationBuilder.DropTable("significant_events");
        migrationBuilder.DropTable("oversight_actions");
        migrationBuilder.DropTable("management_oversights");
    }
}
