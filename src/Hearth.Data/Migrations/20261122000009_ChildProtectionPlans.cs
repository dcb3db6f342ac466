using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Child protection conferences and their attendees, child protection plans with their actions, and core group meetings.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000009_ChildProtectionPlans")]
public sealed class ChildProtectionPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "child_protection_plans",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                start_date = table.Column<DateOnly>(nullable: false),
                initial_category = table.Column<string>(maxLength: 10, nullable: false),
                latest_category = table.Column<string>(maxLength: 10, nullable: false),
                contingency_plan = table.Column<string>(maxLength: 5000, nullable: true),
                finalised_on = table.Column<DateOnly>(nullable: true),
                end_date = table.Column<DateOnly>(nullable: true),
                end_reason = table.Column<int>(nullable: true),
                end_note = table.Column<string>(maxLength: 1000, nullable: true),
                number_of_previous_plans = table.Column<int>(nullable: false),
                is_within_two_years_of_previous_plan = table.Column<bool>(nullable: false),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_protection_plans", x => x.id);
                table.ForeignKey("fk_child_protection_plans_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_child_protection_plans_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "child_protection_conferences",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                plan_id = table.Column<Guid>(nullable: true),
                section47_enquiry_id = table.Column<Guid>(nullable: true),
                kind = table.Column<int>(nullable: false),
                held_on = table.Column<DateOnly>(nullable: false),
                is_quorate = table.Column<bool>(nullable: false),
                outcome = table.Column<int>(nullable: false),
                category = table.Column<string>(maxLength: 10, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_protection_conferences", x => x.id);
                table.ForeignKey("fk_child_protection_conferences_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_child_protection_conferences_child_protection_plans_plan_id", x => x.plan_id, "child_protection_plans", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_child_protection_conferences_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "child_protection_plan_actions",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                what = table.Column<string>(maxLength: 2000, nullable: false),
                who = table.Column<string>(maxLength: 200, nullable: true),
                by_when = table.Column<DateOnly>(nullable: true),
                completed_on = table.Column<DateOnly>(nullable: true),
                plan_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_protection_plan_actions", x => x.id);
                table.ForeignKey("fk_child_protection_plan_actions_child_protection_plans_plan_id", x => x.plan_id, "child_protection_plans", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "core_group_meetings",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                plan_id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                held_on = table.Column<DateOnly>(nullable: false),
                notes = table.Column<string>(maxLength: 20000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_core_group_meetings", x => x.id);
                table.ForeignKey("fk_core_group_meetings_child_protection_plans_plan_id", x => x.plan_id, "child_protection_plans", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_core_group_meetings_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "child_protection_conference_attendees",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                role = table.Column<string>(maxLength: 100, nullable: false),
                agency = table.Column<int>(nullable: false),
                conference_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_protection_conference_attendees", x => x.id);
                table.ForeignKey("fk_child_protection_conference_attendees_conference_id", x => x.conference_id, "child_protection_conferences", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "core_group_meeting_attendees",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                role = table.Column<string>(maxLength: 100, nullable: false),
                agency = table.Column<int>(nullable: false),
                meeting_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_core_group_meeting_attendees", x => x.id);
                table.ForeignKey("fk_core_group_meeting_attendees_meeting_id", x => x.meeting_id, "core_group_meetings", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("ix_child_protection_conference_attendees_conference_id", "child_protection_conference_attendees", "conference_id");
        migrationBuilder.CreateIndex("ix_child_protection_conferences_child_id_held_on", "child_protection_conferences", ["child_id", "held_on"]);
        migrationBuilder.CreateIndex("ix_child_protection_conferences_episode_id", "child_protection_conferences", "episode_id");
        migrationBuilder.CreateIndex("ix_child_protection_conferences_plan_id", "child_protection_conferences", "plan_id");
        migrationBuilder.CreateIndex("ix_child_protection_plan_actions_plan_id", "child_protection_plan_actions", "plan_id");
        migrationBuilder.CreateIndex("ix_child_protection_plans_child_id_start_date", "child_protection_plans", ["child_id", "start_date"]);
        migrationBuilder.CreateIndex("ix_child_protection_plans_episode_id", "child_protection_plans", "episode_id");
        migrationBuilder.CreateIndex("ux_child_protection_plans_open_child_id", "child_protection_plans", "child_id", unique: true, filter: "end_date IS NULL");
        migrationBuilder.CreateIndex("ix_core_group_meeting_attendees_meeting_id", "core_group_meeting_attendees", "meeting_id");
        migrationBuilder.CreateIndex("ix_core_group_meetings_child_id_held_on", "core_group_meetings", ["child_id", "held_on"]);
        migrationBuilder.CreateIndex("ix_core_group_meetings_plan_id", "core_group_meetings", "plan_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("child_protection_conference_attendees");
        migrationBuilder.DropTable("core_group_meeting_attendees");
        migrationBuilder.DropTable("child_protection_plan_actions");
        migrationBuilder.DropTable("core_group_meetings");
        migrationBuilder.DropTable("child_protection_conferences");
        migrationBuilder.DropTable("child_protection_plans");
    }
}
