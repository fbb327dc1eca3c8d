using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalysisIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_supervision_case_facts_ClosedAtUtc",
                table: "supervision_case_facts");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_supervisions_IssuedAtUtc_UnitId_Level",
                table: "supervision_case_supervisions",
                columns: new[] { "IssuedAtUtc", "UnitId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_ClosedAtUtc_Rating",
                table: "supervision_case_facts",
                columns: new[] { "ClosedAtUtc", "Rating" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_supervision_case_supervisions_IssuedAtUtc_UnitId_Level",
                table: "supervision_case_supervisions");

            migrationBuilder.DropIndex(
                name: "IX_supervision_case_facts_ClosedAtUtc_Rating",
                table: "supervision_case_facts");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_ClosedAtUtc",
                table: "supervision_case_facts",
                column: "ClosedAtUtc");
        }
    }
}
