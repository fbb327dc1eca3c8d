using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
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
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_stale_days", x => x.Day);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

            migrationBuilder.CreateTable(
                name: "handling_unit_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Assignments = table.Column<int>(type: "int", nullable: false),
                    Signed = table.Column<int>(type: "int", nullable: false),
                    SignedOnTime = table.Column<int>(type: "int", nullable: false),
                    ContactRequired = table.Column<int>(type: "int", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "int", nullable: false),
                    Replied = table.Column<int>(type: "int", nullable: false),
                    RepliedOnTime = table.Column<int>(type: "int", nullable: false),
                    RepliedLate = table.Column<int>(type: "int", nullable: false),
                    Extended = table.Column<int>(type: "int", nullable: false),
                    Redone = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_unit_days", x => new { x.Day, x.UnitId });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");
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
