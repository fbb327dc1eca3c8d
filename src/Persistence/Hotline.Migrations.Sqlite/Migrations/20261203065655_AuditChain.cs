using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSeq",
                table: "platform_audit_log",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_ChainSeq",
                table: "platform_audit_log",
                column: "ChainSeq",
                unique: true);

            // The append-only triggers now let the chain's sealer fill the two new columns once, and nothing else.
            foreach (var sql in Hotline.Platform.Auditing.AuditLogTriggers.Drop)
                migrationBuilder.Sql(sql);
            foreach (var sql in Hotline.Platform.Auditing.AuditLogTriggers.Sqlite)
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

            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log BEGIN SELECT RAISE(ABORT, 'platform_audit_log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log BEGIN SELECT RAISE(ABORT, 'platform_audit_log is append-only'); END;");
        }
    }
}
