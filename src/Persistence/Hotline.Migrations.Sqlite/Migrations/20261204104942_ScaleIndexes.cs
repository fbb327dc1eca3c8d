using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_Status_ClosedAtUtc",
                table: "intake_cases",
                columns: new[] { "Status", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_replies_Status_AssignmentId",
                table: "handling_replies",
                columns: new[] { "Status", "AssignmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_Status",
                table: "handling_assignments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_cases_RatedAtUtc",
                table: "evaluation_cases",
                column: "RatedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_cases_Status_ClosedAtUtc",
                table: "intake_cases");

            migrationBuilder.DropIndex(
                name: "IX_handling_replies_Status_AssignmentId",
                table: "handling_replies");

            migrationBuilder.DropIndex(
                name: "IX_handling_assignments_Status",
                table: "handling_assignments");

            migrationBuilder.DropIndex(
                name: "IX_evaluation_cases_RatedAtUtc",
                table: "evaluation_cases");
        }
    }
}
