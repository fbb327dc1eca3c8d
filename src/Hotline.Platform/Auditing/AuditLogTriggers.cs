namespace Hotline.Platform.Auditing;

/// <summary>
/// The database's own append-only guard on the audit log (等保 audit protection), per provider: UPDATE and DELETE
/// are refused, except the single change the chain's sealer makes — filling the two empty chain columns with every
/// other column left exactly as it was (compared byte for byte, not by the column's case-insensitive collation).
/// Used by the migration that installs them and by the tests that drop and restore them.
/// </summary>
public static class AuditLogTriggers
{
    private static readonly string[] Columns = ["Id", "AtUtc", "UserId", "UserName", "Action", "ObjectType", "ObjectId", "Detail", "IpAddress"];

    public const string Message = "platform_audit_log is append-only";

    public static readonly string[] Drop =
    [
        "DROP TRIGGER IF EXISTS platform_audit_log_no_update;",
        "DROP TRIGGER IF EXISTS platform_audit_log_no_delete;",
    ];

    private const string SealOnly = "OLD.ChainSeq IS NULL AND OLD.ChainHash IS NULL AND NEW.ChainSeq IS NOT NULL AND NEW.ChainHash IS NOT NULL";

    public static string[] Sqlite =>
    [
        "CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log WHEN NOT (" + SealOnly + " AND "
            + string.Join(" AND ", Columns.Select(c => $"NEW.{c} IS OLD.{c}"))
            + $") BEGIN SELECT RAISE(ABORT, '{Message}'); END;",
        $"CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log BEGIN SELECT RAISE(ABORT, '{Message}'); END;",
    ];

    // With binary logging on, creating triggers needs the TRIGGER privilege and log_bin_trust_function_creators=1 or SUPER.
    public static string[] MySql =>
    [
        "CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log FOR EACH ROW BEGIN IF NOT (" + SealOnly + " AND "
            + string.Join(" AND ", Columns.Select(c => $"BINARY NEW.{c} <=> BINARY OLD.{c}"))
            + $") THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{Message}'; END IF; END",
        $"CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{Message}';",
    ];
}
