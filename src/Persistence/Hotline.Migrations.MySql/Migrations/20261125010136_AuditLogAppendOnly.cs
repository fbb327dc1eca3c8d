using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hotline.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        /// <summary>
        /// The audit log is append-only in the database itself, not only in the application (等保 audit protection).
        /// With binary logging on, creating triggers needs the TRIGGER privilege and log_bin_trust_function_creators=1 or SUPER.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'platform_audit_log is append-only';");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'platform_audit_log is append-only';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_log_no_delete;");
        }
    }
}
