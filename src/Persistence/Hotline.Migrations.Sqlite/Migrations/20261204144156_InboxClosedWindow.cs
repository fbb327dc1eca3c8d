using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InboxClosedWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_handling_assignments_UnitId_Status",
                table: "handling_assignments");

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_UnitId_Status_DispatchedAtUtc",
                table: "handling_assignments",
                columns: new[] { "UnitId", "Status", "DispatchedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_handling_assignments_UnitId_Status_DispatchedAtUtc",
                table: "handling_assignments");

            migrationBuilder.CreateIndex(
                name: "IX_handling_assignments_UnitId_Status",
                table: "handling_assignments",
                columns: new[] { "UnitId", "Status" });
        }
    }
}
