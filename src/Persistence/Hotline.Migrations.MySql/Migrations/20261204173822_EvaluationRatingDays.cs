using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationRatingDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_first_contacts",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    OnTime = table.Column<bool>(type: "tinyint(1)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_first_contacts", x => x.AssignmentId);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_rating_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Revisited = table.Column<int>(type: "int", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "int", nullable: false),
                    Resolved = table.Column<int>(type: "int", nullable: false),
                    Satisfied = table.Column<int>(type: "int", nullable: false),
                    BasicallySatisfied = table.Column<int>(type: "int", nullable: false),
                    Dissatisfied = table.Column<int>(type: "int", nullable: false),
                    Redone = table.Column<int>(type: "int", nullable: false),
                    SecondRatings = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rating_days", x => new { x.Day, x.UnitId });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "evaluation_stale_rating_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_stale_rating_days", x => x.Day);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_cases_LeadAssignmentId",
                table: "evaluation_cases",
                column: "LeadAssignmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_first_contacts");

            migrationBuilder.DropTable(
                name: "evaluation_rating_days");

            migrationBuilder.DropTable(
                name: "evaluation_stale_rating_days");

            migrationBuilder.DropIndex(
                name: "IX_evaluation_cases_LeadAssignmentId",
                table: "evaluation_cases");
        }
    }
}
