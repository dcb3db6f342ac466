using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Child and family assessments, and child in need plans with their actions and reviews.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000010_AssessmentsAndChildInNeedPlans")]
public sealed class AssessmentsAndChildInNeedPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "child_and_family_assessments",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                referral_date = table.Column<DateOnly>(nullable: false),
                start_date = table.Column<DateOnly>(nullable: false),
                child_seen_on = table.Column<DateOnly>(nullable: true),
                child_seen_alone = table.Column<bool>(nullable: false),
                not_seen_alone_reason = table.Column<string>(maxLength: 2000, nullable: true),
                factors = table.Column<string>(maxLength: 300, nullable: false),
                analysis = table.Column<string>(maxLength: 20000, nullable: true),
                outcome = table.Column<int>(nullable: true),
                outcome_detail = table.Column<string>(maxLength: 2000, nullable: true),
                status = table.Column<int>(nullable: false),
                completed_on = table.Column<DateOnly>(nullable: true),
                completed_by_name = table.Column<string>(maxLength: 200, nullable: true),
                authorised_on = table.Column<DateOnly>(nullable: true),
                authorised_by_name = table.Column<string>(maxLength: 200, nullable: true),
                lateness_reason = table.Column<string>(maxLength: 2000, nullable: true),
                return_note = table.Column<string>(maxLength: 2000, nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_and_family_assessments", x => x.id);
                table.ForeignKey("fk_child_and_family_assessments_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "fk_child_and_family_assessments_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_child_and_family_assessments_child_id_status", "child_and_family_assessments", ["child_id", "status"]);
        migrationBuilder.CreateIndex("ix_child_and_family_assessments_episode_id", "child_and_family_assessments", "episode_id");

        migrationBuilder.CreateTable(
            name: "child_in_need_plans",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                start_date = table.Column<DateOnly>(nullable: false),
                end_date = table.Column<DateOnly>(nullable: true),
                end_reason = table.Column<string>(maxLength: 1000, nullable: true),
                contingency_plan = table.Column<string>(maxLength: 20000, nullable: true),
                finalised_on = table.Column<DateOnly>(nullable: true),
                authorised_on = table.Column<DateOnly>(nullable: true),
                authorised_by_name = table.Column<string>(maxLength: 200, nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_in_need_plans", x => x.id);
                table.ForeignKey("fk_child_in_need_plans_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_child_in_need_plans_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_child_in_need_plans_child_id_end_date", "child_in_need_plans", ["child_id", "end_date"]);
        migrationBuilder.CreateIndex("ix_child_in_need_plans_episode_id", "child_in_need_plans", "episode_id");

        migrationBuilder.CreateTable(
            name: "child_in_need_plan_actions",
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
                table.PrimaryKey("pk_child_in_need_plan_actions", x => x.id);
                table.ForeignKey("fk_child_in_need_plan_actions_child_in_need_plans_plan_id", x => x.plan_id, "child_in_need_plans", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_child_in_need_plan_actions_plan_id", "child_in_need_plan_actions", "plan_id");

        migrationBuilder.CreateTable(
            name: "child_in_need_plan_reviews",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                reviewed_on = table.Column<DateOnly>(nullable: false),
                notes = table.Column<string>(maxLength: 20000, nullable: false),
                outcome = table.Column<int>(nullable: false),
                plan_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_in_need_plan_reviews", x => x.id);
                table.ForeignKey("fk_child_in_need_plan_reviews_child_in_need_plans_plan_id", x => x.plan_id, "child_in_need_plans", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_child_in_need_plan_reviews_plan_id", "child_in_need_plan_reviews", "plan_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "child_in_need_plan_reviews", "child_in_need_plan_actions", "child_in_need_plans", "child_and_family_assessments" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
