using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "platform_audit_log",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_520_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<long>(
                name: "ChainSeq",
                table: "platform_audit_log",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_ChainSeq",
                table: "platform_audit_log",
                column: "ChainSeq",
                unique: true);

            // The append-only triggers now let the chain's sealer fill the two new columns once, and nothing else.
            foreach (var sql in Hotline.Platform.Auditing.AuditLogTriggers.Drop)
                migrationBuilder.Sql(sql);
            foreach (var sql in Hotline.Platform.Auditing.AuditLogTriggers.MySql)
                migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Hotline.Platform.Auditing.AuditLogTriggers.Drop)
                migrationBuilder.Sql(sql);

            migrationBuilder.DropIndex(
                name: "IX_platform_audit_log_ChainSeq",
                table: "platform_audit_log");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "platform_audit_log");

            migrationBuilder.DropColumn(
                name: "ChainSeq",
                table: "platform_audit_log");

            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'platform_audit_log is append-only';");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'platform_audit_log is append-only';");
        }
    }
}
