using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalysisFactsSeasonalReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_case_facts",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_case_facts", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "supervision_seasonal_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_seasonal_reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_CategoryId_RegisteredAtUtc",
                table: "supervision_case_facts",
                columns: new[] { "CategoryId", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_ClosedAtUtc",
                table: "supervision_case_facts",
                column: "ClosedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_RegisteredAtUtc",
                table: "supervision_case_facts",
                column: "RegisteredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_case_facts_Status",
                table: "supervision_case_facts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_seasonal_reminders_CategoryId_UnitId_Year_PeakMonth",
                table: "supervision_seasonal_reminders",
                columns: new[] { "CategoryId", "UnitId", "Year", "PeakMonth" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_seasonal_reminders_UnitId_AcknowledgedAtUtc",
                table: "supervision_seasonal_reminders",
                columns: new[] { "UnitId", "AcknowledgedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_case_facts");

            migrationBuilder.DropTable(
                name: "supervision_seasonal_reminders");
        }
    }
}
