using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Multi-agency checks on contacts, consent to share information, and the acknowledgement to the referrer.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000007_FrontDoorChecks")]
public sealed class FrontDoorChecks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.AddColumn<DateTime>(name: "consent_sought_at", table: "contacts", nullable: true);
        migrationBuilder.AddColumn<string>(name: "consent_sought_from", table: "contacts", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<int>(name: "consent", table: "contacts", nullable: true);
        migrationBuilder.AddColumn<string>(name: "consent_reason", table: "contacts", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "acknowledged_at", table: "contacts", nullable: true);
        migrationBuilder.AddColumn<int>(name: "acknowledgement_method", table: "contacts", nullable: true);

        migrationBuilder.CreateTable(
            name: "contact_checks",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                contact_id = table.Column<Guid>(nullable: false),
                agency = table.Column<int>(nullable: false),
                other_agency_name = table.Column<string>(maxLength: 200, nullable: true),
                requested_at = table.Column<DateTime>(nullable: false),
                returned_at = table.Column<DateTime>(nullable: true),
                response = table.Column<string>(maxLength: 8000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_contact_checks", x => x.id);
                table.ForeignKey("fk_contact_checks_contacts_contact_id", x => x.contact_id, "contacts", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_contact_checks_contact_id", "contact_checks", "contact_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("contact_checks");
        migrationBuilder.DropColumn("acknowledgement_method", "contacts");
        migrationBuilder.DropColumn("acknowledged_at", "contacts");
        migrationBuilder.DropColumn("consent_reason", "contacts");
        migrationBuilder.DropColumn("consent", "contacts");
        migrationBuilder.DropColumn("consent_sought_from", "contacts");
        migrationBuilder.DropColumn("consent_sought_at", "contacts");
    }
}
