using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>Reasonable cause decisions, strategy discussions with their participants and agencies' contributions, and section 47 enquiries.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000008_Enquiries")]
public sealed class Enquiries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "reasonable_cause_decisions",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                decided_at = table.Column<DateTime>(nullable: false),
                decided_by = table.Column<string>(maxLength: 200, nullable: false),
                rationale = table.Column<string>(maxLength: 8000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_reasonable_cause_decisions", x => x.id);
                table.ForeignKey("fk_reasonable_cause_decisions_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "fk_reasonable_cause_decisions_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_reasonable_cause_decisions_child_id_decided_at", "reasonable_cause_decisions", ["child_id", "decided_at"]);
        migrationBuilder.CreateIndex("ix_reasonable_cause_decisions_episode_id", "reasonable_cause_decisions", "episode_id");

        migrationBuilder.CreateTable(
            name: "strategy_discussions",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                reasonable_cause_id = table.Column<Guid>(nullable: true),
                reasonable_cause_at = table.Column<DateTime>(nullable: true),
                previous_discussion_id = table.Column<Guid>(nullable: true),
                held_at = table.Column<DateTime>(nullable: false),
                format = table.Column<int>(nullable: false),
                outcome = table.Column<int>(nullable: false),
                reasons = table.Column<string>(maxLength: 8000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_strategy_discussions", x => x.id);
                table.ForeignKey("fk_strategy_discussions_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "fk_strategy_discussions_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "fk_strategy_discussions_previous_discussion", x => x.previous_discussion_id, "strategy_discussions", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_strategy_discussions_child_id_held_at", "strategy_discussions", ["child_id", "held_at"]);
        migrationBuilder.CreateIndex(
            "ix_strategy_discussions_episode_id_reasonable_cause_id", "strategy_discussions", ["episode_id", "reasonable_cause_id"], unique: true,
            filter: "reasonable_cause_id IS NOT NULL");
        migrationBuilder.CreateIndex(
            "ix_strategy_discussions_previous_discussion_id", "strategy_discussions", "previous_discussion_id", unique: true,
            filter: "previous_discussion_id IS NOT NULL");

        migrationBuilder.CreateTable(
            name: "strategy_discussion_participants",
            columns: table => new
            {
                strategy_discussion_id = table.Column<Guid>(nullable: false),
                position = table.Column<int>(nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                role = table.Column<string>(maxLength: 200, nullable: false),
                agency = table.Column<string>(maxLength: 210, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_strategy_discussion_participants", x => new { x.strategy_discussion_id, x.position });
                table.ForeignKey(
                    "fk_strategy_discussion_participants_discussion", x => x.strategy_discussion_id, "strategy_discussions", "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "strategy_discussion_contributions",
            columns: table => new
            {
                strategy_discussion_id = table.Column<Guid>(nullable: false),
                agency = table.Column<string>(maxLength: 210, nullable: false),
                contribution = table.Column<string>(maxLength: 8000, nullable: false),
                agrees_with_decision = table.Column<bool>(nullable: false),
                dissent_reason = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_strategy_discussion_contributions", x => new { x.strategy_discussion_id, x.agency });
                table.ForeignKey(
                    "fk_strategy_discussion_contributions_discussion", x => x.strategy_discussion_id, "strategy_discussions", "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "section47_enquiries",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
                episode_id = table.Column<Guid>(nullable: false),
                strategy_discussion_id = table.Column<Guid>(nullable: false),
                start_date = table.Column<DateOnly>(nullable: false),
                initial_conference_target = table.Column<DateOnly>(nullable: false),
                child_seen = table.Column<bool>(nullable: true),
                child_seen_on = table.Column<DateOnly>(nullable: true),
                child_seen_alone = table.Column<bool>(nullable: false),
                not_seen_reason = table.Column<string>(maxLength: 2000, nullable: true),
                concerns_substantiated = table.Column<bool>(nullable: true),
                outcome = table.Column<int>(nullable: true),
                outcome_reasons = table.Column<string>(maxLength: 8000, nullable: true),
                completed_on = table.Column<DateOnly>(nullable: true),
                initial_conference_held_on = table.Column<DateOnly>(nullable: true),
                initial_conference_id = table.Column<Guid>(nullable: true),
                version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_section47_enquiries", x => x.id);
                table.ForeignKey("fk_section47_enquiries_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "fk_section47_enquiries_child_in_need_episodes_episode_id", x => x.episode_id, "child_in_need_episodes", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "fk_section47_enquiries_strategy_discussion", x => x.strategy_discussion_id, "strategy_discussions", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_section47_enquiries_child_id_start_date", "section47_enquiries", ["child_id", "start_date"]);
        migrationBuilder.CreateIndex("ix_section47_enquiries_strategy_discussion_id", "section47_enquiries", "strategy_discussion_id", unique: true);
        migrationBuilder.CreateIndex(
            "ux_section47_enquiries_ongoing_episode_id", "section47_enquiries", "episode_id", unique: true,
            filter: "initial_conference_held_on IS NULL AND (outcome IS NULL OR outcome = 1)");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("section47_enquiries");
        migrationBuilder.DropTable("strategy_discussion_contributions");
        migrationBuilder.DropTable("strategy_discussion_participants");
        migrationBuilder.DropTable("strategy_discussions");
        migrationBuilder.DropTable("reasonable_cause_decisions");
    }
}
