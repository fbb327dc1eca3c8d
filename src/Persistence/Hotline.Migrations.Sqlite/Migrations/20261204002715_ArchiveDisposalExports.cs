using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveDisposalExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CallerPhone",
                table: "archive_records",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DestroyedAtUtc",
                table: "archive_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DisposalId",
                table: "archive_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "archive_disposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArchiveNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SnapshotSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_exports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QueryJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    QueryText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_exports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_AreaId",
                table: "archive_records",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_records_CallerPhone",
                table: "archive_records",
                column: "CallerPhone");

            migrationBuilder.CreateIndex(
                name: "IX_archive_disposals_RecordId",
                table: "archive_disposals",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_disposals_State_ProposedAtUtc",
                table: "archive_disposals",
                columns: new[] { "State", "ProposedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_exports_RequestedByUserId",
                table: "archive_exports",
                column: "RequestedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_exports_State_RequestedAtUtc",
                table: "archive_exports",
                columns: new[] { "State", "RequestedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_disposals");

            migrationBuilder.DropTable(
                name: "archive_exports");

            migrationBuilder.DropIndex(
                name: "IX_archive_records_AreaId",
                table: "archive_records");

            migrationBuilder.DropIndex(
                name: "IX_archive_records_CallerPhone",
                table: "archive_records");

            migrationBuilder.DropColumn(
                name: "CallerPhone",
                table: "archive_records");

            migrationBuilder.DropColumn(
                name: "DestroyedAtUtc",
                table: "archive_records");

            migrationBuilder.DropColumn(
                name: "DisposalId",
                table: "archive_records");
        }
    }
}
