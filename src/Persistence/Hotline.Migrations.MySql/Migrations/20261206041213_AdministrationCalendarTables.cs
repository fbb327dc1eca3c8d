using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <summary>The working-day calendar moves to the Administration module: its tables renamed in place, rows kept.</summary>
    public partial class AdministrationCalendarTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "platform_calendar_days",
                newName: "administration_calendar_days");

            migrationBuilder.RenameTable(
                name: "platform_calendar_years",
                newName: "administration_calendar_years");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "administration_calendar_days",
                newName: "platform_calendar_days");

            migrationBuilder.RenameTable(
                name: "administration_calendar_years",
                newName: "platform_calendar_years");
        }
    }
}
