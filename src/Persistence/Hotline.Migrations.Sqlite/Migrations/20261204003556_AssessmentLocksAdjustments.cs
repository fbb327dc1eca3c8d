using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentLocksAdjustments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_assessment_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_assessment_adjustments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_assessment_locks",
                columns: table => new
                {
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SnapshotJson = table.Column<string>(type: "longtext", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_assessment_locks", x => x.PeriodKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_assessment_adjustments_PeriodKey_UnitId",
                table: "supervision_assessment_adjustments",
                columns: new[] { "PeriodKey", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_assessment_adjustments");

            migrationBuilder.DropTable(
                name: "supervision_assessment_locks");
        }
    }
}
