using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hearth.Data.Migrations;

/// <summary>The child's record: identity, identifiers, names, addresses, family and network, professionals and warnings.</summary>
[DbContext(typeof(HearthDbContext))]
[Migration("20261122000003_Children")]
public sealed class Children : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "children",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                la_child_id = table.Column<string>(maxLength: 20, nullable: false),
                given_names = table.Column<string>(maxLength: 100, nullable: false),
                family_name = table.Column<string>(maxLength: 100, nullable: false),
                preferred_name = table.Column<string>(maxLength: 100, nullable: true),
                date_of_birth = table.Column<DateOnly>(nullable: true),
                expected_date_of_birth = table.Column<DateOnly>(nullable: true),
                sex = table.Column<string>(maxLength: 10, nullable: false),
                gender_identity = table.Column<string>(maxLength: 100, nullable: true),
                ethnicity = table.Column<string>(maxLength: 10, nullable: false),
                first_language = table.Column<string>(maxLength: 100, nullable: true),
                religion = table.Column<string>(maxLength: 10, nullable: true),
                disabilities = table.Column<string>(maxLength: 200, nullable: false),
                immigration_status = table.Column<string>(maxLength: 10, nullable: true),
                is_unaccompanied_asylum_seeking_child = table.Column<bool>(nullable: false),
                date_of_death = table.Column<DateOnly>(nullable: true),
                nhs_number = table.Column<string>(maxLength: 10, nullable: true),
                upn = table.Column<string>(maxLength: 13, nullable: true),
                former_upns = table.Column<string>(maxLength: 500, nullable: false),
                is_restricted = table.Column<bool>(nullable: false),
                restriction_reason = table.Column<string>(maxLength: 1000, nullable: true),
                restricted_record_viewer_ids = table.Column<string>(maxLength: 4000, nullable: false),
                version = table.Column<Guid>(nullable: false),
                search_names = table.Column<string>(maxLength: 2000, nullable: false),
                search_postcode = table.Column<string>(maxLength: 8, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_children", x => x.id));
        migrationBuilder.CreateIndex("ix_children_la_child_id", "children", "la_child_id", unique: true);
        migrationBuilder.CreateIndex("ix_children_nhs_number", "children", "nhs_number");
        migrationBuilder.CreateIndex("ix_children_date_of_birth", "children", "date_of_birth");
        migrationBuilder.CreateIndex("ix_children_search_postcode", "children", "search_postcode");

        migrationBuilder.CreateTable(
            name: "child_former_names",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                given_names = table.Column<string>(maxLength: 100, nullable: false),
                family_name = table.Column<string>(maxLength: 100, nullable: false),
                preferred_name = table.Column<string>(maxLength: 100, nullable: true),
                used_until = table.Column<DateOnly>(nullable: false),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_former_names", x => x.id);
                table.ForeignKey("fk_child_former_names_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_aliases",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                given_names = table.Column<string>(maxLength: 100, nullable: false),
                family_name = table.Column<string>(maxLength: 100, nullable: false),
                preferred_name = table.Column<string>(maxLength: 100, nullable: true),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_aliases", x => x.id);
                table.ForeignKey("fk_child_aliases_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_addresses",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                kind = table.Column<string>(maxLength: 10, nullable: false),
                line1 = table.Column<string>(maxLength: 200, nullable: true),
                line2 = table.Column<string>(maxLength: 200, nullable: true),
                line3 = table.Column<string>(maxLength: 200, nullable: true),
                town = table.Column<string>(maxLength: 100, nullable: true),
                postcode = table.Column<string>(maxLength: 8, nullable: true),
                start_date = table.Column<DateOnly>(nullable: false),
                end_date = table.Column<DateOnly>(nullable: true),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_addresses", x => x.id);
                table.ForeignKey("fk_child_addresses_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_relationships",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: false),
                relationship = table.Column<string>(maxLength: 10, nullable: false),
                date_of_birth = table.Column<DateOnly>(nullable: true),
                has_parental_responsibility = table.Column<bool>(nullable: false),
                lives_with_child = table.Column<bool>(nullable: false),
                phone = table.Column<string>(maxLength: 30, nullable: true),
                line1 = table.Column<string>(maxLength: 200, nullable: true),
                line2 = table.Column<string>(maxLength: 200, nullable: true),
                line3 = table.Column<string>(maxLength: 200, nullable: true),
                town = table.Column<string>(maxLength: 100, nullable: true),
                postcode = table.Column<string>(maxLength: 8, nullable: true),
                related_child_id = table.Column<Guid>(nullable: true),
                start_date = table.Column<DateOnly>(nullable: false),
                end_date = table.Column<DateOnly>(nullable: true),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_relationships", x => x.id);
                table.ForeignKey("fk_child_relationships_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_professionals",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 10, nullable: false),
                name = table.Column<string>(maxLength: 200, nullable: true),
                organisation = table.Column<string>(maxLength: 200, nullable: true),
                phone = table.Column<string>(maxLength: 30, nullable: true),
                email = table.Column<string>(maxLength: 254, nullable: true),
                from_date = table.Column<DateOnly>(nullable: false),
                to_date = table.Column<DateOnly>(nullable: true),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_professionals", x => x.id);
                table.ForeignKey("fk_child_professionals_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_warnings",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 10, nullable: false),
                description = table.Column<string>(maxLength: 2000, nullable: false),
                raised_on = table.Column<DateOnly>(nullable: false),
                review_date = table.Column<DateOnly>(nullable: false),
                ended_on = table.Column<DateOnly>(nullable: true),
                end_reason = table.Column<string>(maxLength: 1000, nullable: true),
                child_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_warnings", x => x.id);
                table.ForeignKey("fk_child_warnings_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_warning_reviews",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                reviewed_on = table.Column<DateOnly>(nullable: false),
                outcome = table.Column<int>(nullable: false),
                next_review_date = table.Column<DateOnly>(nullable: true),
                note = table.Column<string>(maxLength: 2000, nullable: true),
                warning_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_warning_reviews", x => x.id);
                table.ForeignKey("fk_child_warning_reviews_child_warnings_warning_id", x => x.warning_id, "child_warnings", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "child_search_words",
            columns: table => new
            {
                child_id = table.Column<Guid>(nullable: false),
                word = table.Column<string>(maxLength: 100, nullable: false),
                sound = table.Column<string>(maxLength: 4, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_child_search_words", x => new { x.child_id, x.word });
                table.ForeignKey("fk_child_search_words_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_child_search_words_word_child_id", "child_search_words", ["word", "child_id"]);
        migrationBuilder.CreateIndex("ix_child_search_words_sound_child_id", "child_search_words", ["sound", "child_id"]);

        migrationBuilder.CreateIndex("ix_child_former_names_child_id", "child_former_names", "child_id");
        migrationBuilder.CreateIndex("ix_child_aliases_child_id", "child_aliases", "child_id");
        migrationBuilder.CreateIndex("ix_child_addresses_child_id_end_date", "child_addresses", ["child_id", "end_date"]);
        migrationBuilder.CreateIndex("ix_child_relationships_child_id", "child_relationships", "child_id");
        migrationBuilder.CreateIndex("ix_child_relationships_related_child_id", "child_relationships", "related_child_id");
        migrationBuilder.CreateIndex("ix_child_professionals_child_id", "child_professionals", "child_id");
        migrationBuilder.CreateIndex("ix_child_warnings_child_id", "child_warnings", "child_id");
        migrationBuilder.CreateIndex("ix_child_warning_reviews_warning_id", "child_warning_reviews", "warning_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "child_search_words", "child_warning_reviews", "child_warnings", "child_professionals", "child_relationships", "child_addresses", "child_aliases", "child_former_names", "children" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
