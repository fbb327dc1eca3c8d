using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_borrowings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArchiveNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RequesterUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_borrowings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArchiveNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OriginalRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OriginalArchiveNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadUnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArchivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArchivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SnapshotJson = table.Column<string>(type: "longtext", maxLength: 400, nullable: false),
                    SnapshotSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecordHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_borrowings_RecordId",
                table: "archive_borrowings",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_borrowings_RequestedByUserId",
                table: "archive_borrowings",
                column: "RequestedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_borrowings_State_RequestedAtUtc",
                table: "archive_borrowings",
                columns: new[] { "State", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_ArchiveNumber",
                table: "archive_records",
                column: "ArchiveNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_CaseId_ClosedAtUtc",
                table: "archive_records",
                columns: new[] { "CaseId", "ClosedAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_CaseNumber",
                table: "archive_records",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_ClosedAtUtc",
                table: "archive_records",
                column: "ClosedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_LeadUnitId",
                table: "archive_records",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_Year_CategoryId",
                table: "archive_records",
                columns: new[] { "Year", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_Year_Sequence",
                table: "archive_records",
                columns: new[] { "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_borrowings");

            migrationBuilder.DropTable(
                name: "archive_records");
        }
    }
}
