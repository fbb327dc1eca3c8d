using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
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
                type: "varchar(16)",
                maxLength: 16,
                nullable: true,
                collation: "utf8mb4_unicode_520_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<int>(
                name: "CallDurationSeconds",
                table: "intake_cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallId",
                table: "intake_cases",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_520_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "intake_phone_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CallId = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CallerPhone = table.Column<string>(type: "varchar(30)", maxLength: 30, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AgentExtension = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AgentUserId = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_unicode_520_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DurationSeconds = table.Column<int>(type: "int", nullable: true),
                    CaseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_phone_calls", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_520_ci");

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
