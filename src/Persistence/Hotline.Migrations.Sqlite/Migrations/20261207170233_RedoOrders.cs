using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RedoOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RedoReason",
                table: "dispatch_cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RedoRound",
                table: "dispatch_cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "handling_redo_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OrderedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LandedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaitingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_redo_orders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_handling_redo_orders_CaseId_Round",
                table: "handling_redo_orders",
                columns: new[] { "CaseId", "Round" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "handling_redo_orders");

            migrationBuilder.DropColumn(
                name: "RedoReason",
                table: "dispatch_cases");

            migrationBuilder.DropColumn(
                name: "RedoRound",
                table: "dispatch_cases");
        }
    }
}
