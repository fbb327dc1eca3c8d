using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CtiScreenPop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhoneExtension",
                table: "platform_users",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CallDurationSeconds",
                table: "intake_cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallId",
                table: "intake_cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "intake_phone_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AgentExtension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AgentUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_phone_calls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_PhoneExtension",
                table: "platform_users",
                column: "PhoneExtension",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_cases_CallId",
                table: "intake_cases",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_phone_calls_CallId",
                table: "intake_phone_calls",
                column: "CallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intake_phone_calls_StartedAtUtc",
                table: "intake_phone_calls",
                column: "StartedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intake_phone_calls");

            migrationBuilder.DropIndex(
                name: "IX_platform_users_PhoneExtension",
                table: "platform_users");

            migrationBuilder.DropIndex(
                name: "IX_intake_cases_CallId",
                table: "intake_cases");

            migrationBuilder.DropColumn(
                name: "PhoneExtension",
                table: "platform_users");

            migrationBuilder.DropColumn(
                name: "CallDurationSeconds",
                table: "intake_cases");

            migrationBuilder.DropColumn(
                name: "CallId",
                table: "intake_cases");
        }
    }
}
