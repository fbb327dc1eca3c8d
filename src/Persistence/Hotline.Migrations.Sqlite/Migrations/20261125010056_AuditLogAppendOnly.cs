using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        /// <summary>The audit log is append-only in the database itself, not only in the application (等保 audit protection).</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log BEGIN SELECT RAISE(ABORT, 'platform_audit_log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log BEGIN SELECT RAISE(ABORT, 'platform_audit_log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_log_no_delete;");
        }
    }
}
