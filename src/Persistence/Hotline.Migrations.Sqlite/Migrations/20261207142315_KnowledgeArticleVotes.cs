using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeArticleVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "knowledge_article_votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    VoterUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    VotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_article_votes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_article_votes_ArticleId_VersionNumber_VoterUserId",
                table: "knowledge_article_votes",
                columns: new[] { "ArticleId", "VersionNumber", "VoterUserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_article_votes");
        }
    }
}
