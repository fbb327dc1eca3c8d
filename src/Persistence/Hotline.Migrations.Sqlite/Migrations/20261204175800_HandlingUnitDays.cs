using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HandlingUnitDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "handling_stale_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_stale_days", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "handling_unit_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Assignments = table.Column<int>(type: "INTEGER", nullable: false),
                    Signed = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactRequired = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Replied = table.Column<int>(type: "INTEGER", nullable: false),
                    RepliedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    RepliedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    Extended = table.Column<int>(type: "INTEGER", nullable: false),
                    Redone = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_unit_days", x => new { x.Day, x.UnitId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "handling_stale_days");

            migrationBuilder.DropTable(
                name: "handling_unit_days");
        }
    }
}
