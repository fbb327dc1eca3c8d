using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeGapFixArticle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FixArticleId",
                table: "knowledge_gaps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedVersionNumber",
                table: "knowledge_gaps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_gaps_FixArticleId",
                table: "knowledge_gaps",
                column: "FixArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_knowledge_gaps_FixArticleId",
                table: "knowledge_gaps");

            migrationBuilder.DropColumn(
                name: "FixArticleId",
                table: "knowledge_gaps");

            migrationBuilder.DropColumn(
                name: "ReportedVersionNumber",
                table: "knowledge_gaps");
        }
    }
}
