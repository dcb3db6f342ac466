using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Child in need episodes: the referrals that open them and their closures.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000005_Referrals")]
public sealed class Referrals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "child_in_need_episodes",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                referral_date = table.Column<DateOnly>(nullable: false),
                source = table.Column<string>(maxLength: 10, nullable: false),
                primary_need = table.Column<string>(maxLength: 10, nullable: false),
                contact_id = table.Column<Guid>(nullable: true),
                is_re_referral = table.Column<bool>(nullable: false),
                is_referral_no_further_action = table.Column<bool>(nullable: false),
                closure_date = table.Column<DateOnly>(nullable: true),
                closure_reason = table.Column<string>(maxLength: 10, nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_in_need_episodes", x => x.id);
                table.ForeignKey("fk_child_in_need_episodes_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_child_in_need_episodes_contacts_contact_id", x => x.contact_id, "contacts", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_child_in_need_episodes_child_id_referral_date", "child_in_need_episodes", ["child_id", "referral_date"]);
        migrationBuilder.CreateIndex("ix_child_in_need_episodes_contact_id", "child_in_need_episodes", "contact_id");
        migrationBuilder.CreateIndex(
            "ux_child_in_need_episodes_open_child_id", "child_in_need_episodes", "child_id", unique: true, filter: "closure_date IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("child_in_need_episodes");
    }
}
