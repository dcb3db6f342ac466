using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Teams, workers, the user accounts people sign in with, and allocations of children to workers.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000002_Workforce")]
public sealed class Workforce : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "teams",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                kind = table.Column<int>(nullable: false),
                is_active = table.Column<bool>(nullable: false),
                team_manager_id = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_teams", x => x.id));
        migrationBuilder.CreateIndex("ix_teams_name", "teams", "name", unique: true);

        migrationBuilder.CreateTable(
            name: "workers",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                given_name = table.Column<string>(maxLength: 100, nullable: false),
                family_name = table.Column<string>(maxLength: 100, nullable: false),
                role = table.Column<int>(nullable: false),
                team_id = table.Column<Guid>(nullable: false),
                email = table.Column<string>(maxLength: 254, nullable: false),
                registration = table.Column<string>(maxLength: 20, nullable: true),
                start_date = table.Column<DateOnly>(nullable: false),
                leaving_date = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_workers", x => x.id);
                table.ForeignKey("fk_workers_teams_team_id", x => x.team_id, "teams", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_workers_email", "workers", "email", unique: true);
        migrationBuilder.CreateIndex("ix_workers_team_id", "workers", "team_id");

        migrationBuilder.CreateTable(
            name: "user_accounts",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                user_name = table.Column<string>(maxLength: 254, nullable: false),
                display_name = table.Column<string>(maxLength: 200, nullable: false),
                role = table.Column<int>(nullable: false),
                worker_id = table.Column<Guid>(nullable: true),
                password_hash = table.Column<string>(maxLength: 500, nullable: false),
                security_stamp = table.Column<string>(maxLength: 100, nullable: false),
                failed_sign_in_count = table.Column<int>(nullable: false),
                lockout_end = table.Column<DateTime>(nullable: true),
                is_disabled = table.Column<bool>(nullable: false),
                last_signed_in_at = table.Column<DateTime>(nullable: true),
                must_change_password = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_user_accounts", x => x.id);
                table.ForeignKey("fk_user_accounts_workers_worker_id", x => x.worker_id, "workers", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_user_accounts_user_name", "user_accounts", "user_name", unique: true);
        migrationBuilder.CreateIndex("ix_user_accounts_worker_id", "user_accounts", "worker_id");

        migrationBuilder.CreateTable(
            name: "allocations",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                worker_id = table.Column<Guid>(nullable: false),
                team_id = table.Column<Guid>(nullable: false),
                start_date = table.Column<DateOnly>(nullable: false),
                end_date = table.Column<DateOnly>(nullable: true),
                reason = table.Column<string>(maxLength: 1000, nullable: false),
                end_reason = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_allocations", x => x.id);
                table.ForeignKey("fk_allocations_teams_team_id", x => x.team_id, "teams", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_allocations_workers_worker_id", x => x.worker_id, "workers", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_allocations_child_id_start_date", "allocations", ["child_id", "start_date"]);
        migrationBuilder.CreateIndex("ix_allocations_team_id_end_date", "allocations", ["team_id", "end_date"]);
        migrationBuilder.CreateIndex("ix_allocations_worker_id_end_date", "allocations", ["worker_id", "end_date"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("allocations");
        migrationBuilder.DropTable("user_accounts");
        migrationBuilder.DropTable("workers");
        migrationBuilder.DropTable("teams");
    }
}
