using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveDisposalPhone : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_disposals");

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
