using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeUsageAndGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "knowledge_article_usage",
                columns: table => new
                {
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Views = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerUses = table.Column<int>(type: "INTEGER", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_article_usage", x => x.ArticleId);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_gaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FixedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FixedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FixNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OverdueRaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_gaps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_gaps_Status_OverdueRaisedAtUtc_DueUtc",
                table: "knowledge_gaps",
                columns: new[] { "Status", "OverdueRaisedAtUtc", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_gaps_UnitId_Status_DueUtc",
                table: "knowledge_gaps",
                columns: new[] { "UnitId", "Status", "DueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_article_usage");

            migrationBuilder.DropTable(
                name: "knowledge_gaps");
        }
    }
}
