using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchivePendingClosings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_pending_closings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IntakeRating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HandlingRating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RedoRounds = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_pending_closings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_pending_closings_CaseId_ClosedAtUtc",
                table: "archive_pending_closings",
                columns: new[] { "CaseId", "ClosedAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_pending_closings_ClosedAtUtc",
                table: "archive_pending_closings",
                column: "ClosedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_pending_closings");
        }
    }
}
