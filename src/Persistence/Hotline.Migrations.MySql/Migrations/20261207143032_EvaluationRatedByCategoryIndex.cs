using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationRatedByCategoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_evaluation_cases_CategoryId_RatedAtUtc",
                table: "evaluation_cases",
                columns: new[] { "CategoryId", "RatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_evaluation_cases_CategoryId_RatedAtUtc",
                table: "evaluation_cases");
        }
    }
}
