using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Visits to children, of every kind.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000006_Visits")]
public sealed class Visits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "visits",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                kind = table.Column<int>(nullable: false),
                visited_on = table.Column<DateOnly>(nullable: false),
                visitor_worker_id = table.Column<Guid>(nullable: true),
                child_seen = table.Column<bool>(nullable: false),
                child_seen_alone = table.Column<bool>(nullable: false),
                not_seen_reason = table.Column<string>(maxLength: 2000, nullable: true),
                wishes_and_feelings = table.Column<string>(maxLength: 20000, nullable: true),
                observations = table.Column<string>(maxLength: 20000, nullable: true),
                analysis = table.Column<string>(maxLength: 20000, nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_visits", x => x.id);
                table.ForeignKey("fk_visits_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_visits_workers_visitor_worker_id", x => x.visitor_worker_id, "workers", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_visits_child_id_visited_on", "visits", ["child_id", "visited_on"]);
        migrationBuilder.CreateIndex("ix_visits_visitor_worker_id", "visits", "visitor_worker_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("visits");
    }
}
