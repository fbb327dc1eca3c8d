using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentAndDashboardCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_supervision_case_facts_RegisteredAtUtc",
                table: "supervision_case_facts");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_RegisteredAtUtc_Status_CategoryId_Are~",
                table: "supervision_case_facts",
                columns: new[] { "RegisteredAtUtc", "Status", "CategoryId", "AreaId", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_return_requests_AppliedAtUtc_UnitId_Status_Disputed~",
                table: "dispatch_return_requests",
                columns: new[] { "AppliedAtUtc", "UnitId", "Status", "DisputedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_supervision_case_facts_RegisteredAtUtc_Status_CategoryId_Are~",
                table: "supervision_case_facts");

            migrationBuilder.DropIndex(
                name: "IX_dispatch_return_requests_AppliedAtUtc_UnitId_Status_Disputed~",
                table: "dispatch_return_requests");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_RegisteredAtUtc",
                table: "supervision_case_facts",
                column: "RegisteredAtUtc");
        }
    }
}
