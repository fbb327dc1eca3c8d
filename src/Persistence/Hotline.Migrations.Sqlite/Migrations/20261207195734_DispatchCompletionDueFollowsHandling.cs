using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DispatchCompletionDueFollowsHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompletionDueNote",
                table: "dispatch_assignments",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            // Deadlines Handling moved before Dispatch followed them (approved extensions, redos): copy them once.
            migrationBuilder.Sql(
                "UPDATE dispatch_assignments SET CompletionDueNote = '办理期限已调整', CompletionDueUtc = "
                + "(SELECT h.CompletionDueUtc FROM handling_assignments h WHERE h.Id = dispatch_assignments.Id) "
                + "WHERE Status = 'Active' AND EXISTS (SELECT 1 FROM handling_assignments h "
                + "WHERE h.Id = dispatch_assignments.Id AND h.CompletionDueUtc > dispatch_assignments.CompletionDueUtc)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CompletionDueNote",
                table: "dispatch_assignments");
        }
    }
}
