using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Contacts received at the front door, the children they concern, and the decisions on them.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000004_FrontDoor")]
public sealed class FrontDoor : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "contacts",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
                source = table.Column<string>(maxLength: 10, nullable: false),
                referrer_name = table.Column<string>(maxLength: 200, nullable: true),
                referrer_agency = table.Column<string>(maxLength: 200, nullable: true),
                presenting_concerns = table.Column<string>(maxLength: 8000, nullable: false),
                is_domestic_abuse_notification = table.Column<bool>(nullable: false),
                chain_root_id = table.Column<Guid>(nullable: true),
                chain_received_at = table.Column<DateTime>(nullable: false),
                status = table.Column<int>(nullable: false),
                closed_at = table.Column<DateTime>(nullable: true),
                closed_reason = table.Column<string>(maxLength: 1000, nullable: true),
                threshold = table.Column<int>(nullable: true),
                outcome = table.Column<int>(nullable: true),
                rationale = table.Column<string>(maxLength: 8000, nullable: true),
                decided_at = table.Column<DateTime>(nullable: true),
                decided_by_id = table.Column<Guid>(nullable: true),
                decided_by_name = table.Column<string>(maxLength: 200, nullable: true),
                recorded_at = table.Column<DateTime>(nullable: false),
                recorded_by_id = table.Column<Guid>(nullable: false),
                recorded_by_name = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_contacts", x => x.id));
        migrationBuilder.CreateIndex("ix_contacts_status_chain_received_at", "contacts", ["status", "chain_received_at"]);
        migrationBuilder.CreateIndex("ix_contacts_chain_root_id", "contacts", "chain_root_id");

        migrationBuilder.CreateTable(
            name: "contact_children",
            columns: table => new
            {
                contact_id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contact_children", x => new { x.contact_id, x.child_id });
                table.ForeignKey("fk_contact_children_contacts_contact_id", x => x.contact_id, "contacts", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_contact_children_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_contact_children_child_id", "contact_children", "child_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("contact_children");
        migrationBuilder.DropTable("contacts");
    }
}
