using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class CaseListingOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_cases_LeadUnitId_RegisteredAtUtc",
                table: "intake_cases");

            migrationBuilder.DropIndex(
                name: "IX_intake_cases_Status_RegisteredAtUtc",
                table: "intake_cases");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_LeadUnitId_RegisteredAtUtc_Number",
                table: "intake_cases",
                columns: new[] { "LeadUnitId", "RegisteredAtUtc", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_RegisteredAtUtc_Number",
                table: "intake_cases",
                columns: new[] { "RegisteredAtUtc", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_Status_RegisteredAtUtc_Number",
                table: "intake_cases",
                columns: new[] { "Status", "RegisteredAtUtc", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_cases_LeadUnitId_RegisteredAtUtc_Number",
                table: "intake_cases");

            migrationBuilder.DropIndex(
                name: "IX_intake_cases_RegisteredAtUtc_Number",
                table: "intake_cases");

            migrationBuilder.DropIndex(
                name: "IX_intake_cases_Status_RegisteredAtUtc_Number",
                table: "intake_cases");

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_LeadUnitId_RegisteredAtUtc",
                table: "intake_cases",
                columns: new[] { "LeadUnitId", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_Status_RegisteredAtUtc",
                table: "intake_cases",
                columns: new[] { "Status", "RegisteredAtUtc" });
        }
    }
}
