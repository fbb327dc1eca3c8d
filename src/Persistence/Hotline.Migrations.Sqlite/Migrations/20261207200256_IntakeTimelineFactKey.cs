using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntakeTimelineFactKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FactKey",
                table: "intake_timeline",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_timeline_CaseId_FactKey",
                table: "intake_timeline",
                columns: new[] { "CaseId", "FactKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_intake_timeline_CaseId_FactKey",
                table: "intake_timeline");

            migrationBuilder.DropColumn(
                name: "FactKey",
                table: "intake_timeline");
        }
    }
}
