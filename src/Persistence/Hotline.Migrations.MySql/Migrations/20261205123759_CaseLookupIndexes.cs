using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class CaseLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_cases_RegisteredAtUtc",
                table: "intake_cases");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_RegisteredAtUtc_Status_CategoryId",
                table: "intake_cases",
                columns: new[] { "RegisteredAtUtc", "Status", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_UnitId_DispatchedAtUtc",
                table: "handling_assignments",
                columns: new[] { "UnitId", "DispatchedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_return_requests_CaseId",
                table: "dispatch_return_requests",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_cases_RegisteredAtUtc_Status_CategoryId",
                table: "intake_cases");

            migrationBuilder.DropIndex(
                name: "IX_handling_assignments_UnitId_DispatchedAtUtc",
                table: "handling_assignments");

            migrationBuilder.DropIndex(
                name: "IX_dispatch_return_requests_CaseId",
                table: "dispatch_return_requests");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_RegisteredAtUtc",
                table: "intake_cases",
                column: "RegisteredAtUtc");
        }
    }
}
