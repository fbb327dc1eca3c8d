using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
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
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_first_contacts", x => x.AssignmentId);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_rating_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revisited = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    Redone = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondRatings = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rating_days", x => new { x.Day, x.UnitId });
                });

            migrationBuilder.CreateTable(
                name: "evaluation_stale_rating_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_stale_rating_days", x => x.Day);
                });

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
