using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <summary>The reference tables move to the Administration module: renamed in place, rows kept.</summary>
    public partial class AdministrationModuleTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "platform_units",
                newName: "administration_units");

            migrationBuilder.RenameIndex(
                name: "IX_platform_units_Code",
                table: "administration_units",
                newName: "IX_administration_units_Code");

            migrationBuilder.RenameIndex(
                name: "IX_platform_units_ParentId",
                table: "administration_units",
                newName: "IX_administration_units_ParentId");

            migrationBuilder.RenameTable(
                name: "platform_areas",
                newName: "administration_areas");

            migrationBuilder.RenameIndex(
                name: "IX_platform_areas_Code",
                table: "administration_areas",
                newName: "IX_administration_areas_Code");

            migrationBuilder.RenameIndex(
                name: "IX_platform_areas_ParentId",
                table: "administration_areas",
                newName: "IX_administration_areas_ParentId");

            migrationBuilder.RenameTable(
                name: "platform_categories",
                newName: "administration_categories");

            migrationBuilder.RenameIndex(
                name: "IX_platform_categories_Code",
                table: "administration_categories",
                newName: "IX_administration_categories_Code");

            migrationBuilder.RenameIndex(
                name: "IX_platform_categories_ParentId",
                table: "administration_categories",
                newName: "IX_administration_categories_ParentId");

            migrationBuilder.RenameTable(
                name: "platform_request_types",
                newName: "administration_request_types");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "administration_units",
                newName: "platform_units");

            migrationBuilder.RenameIndex(
                name: "IX_administration_units_Code",
                table: "platform_units",
                newName: "IX_platform_units_Code");

            migrationBuilder.RenameIndex(
                name: "IX_administration_units_ParentId",
                table: "platform_units",
                newName: "IX_platform_units_ParentId");

            migrationBuilder.RenameTable(
                name: "administration_areas",
                newName: "platform_areas");

            migrationBuilder.RenameIndex(
                name: "IX_administration_areas_Code",
                table: "platform_areas",
                newName: "IX_platform_areas_Code");

            migrationBuilder.RenameIndex(
                name: "IX_administration_areas_ParentId",
                table: "platform_areas",
                newName: "IX_platform_areas_ParentId");

            migrationBuilder.RenameTable(
                name: "administration_categories",
                newName: "platform_categories");

            migrationBuilder.RenameIndex(
                name: "IX_administration_categories_Code",
                table: "platform_categories",
                newName: "IX_platform_categories_Code");

            migrationBuilder.RenameIndex(
                name: "IX_administration_categories_ParentId",
                table: "platform_categories",
                newName: "IX_platform_categories_ParentId");

            migrationBuilder.RenameTable(
                name: "administration_request_types",
                newName: "platform_request_types");
        }
    }
}
