namespace Hotline.Platform.Auditing;

/// <summary>Who is acting: filled from the signed-in user and the request, or "系统" for background work.</summary>
public sealed record Actor(string? UserId, string UserName, string? IpAddress)
{
    public static readonly Actor System = new(null, "系统", null);
}

public static class AuditLogging
{
    /// <summary>Adds an audit entry to the context so it commits with the change it describes.</summary>
    public static void Audit(this IMessagingContext context, Actor actor, TimeProvider clock, string action,
        string objectType, string? objectId, string? detail = null)
    {
        context.AuditLog.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = Clip(actor.UserId, 64),
            // The name as typed at a failed sign-in can be anything, of any length: the entry must still be written.
            UserName = Clip(actor.UserName, 100)!,
            IpAddress = Clip(actor.IpAddress, 64),
            Action = Clip(action, 100)!,
            ObjectType = Clip(objectType, 100)!,
            ObjectId = Clip(objectId, 100),
            Detail = Clip(detail, 2000),
        });
    }

    // The column lengths of platform_audit_log (MessagingTables); MariaDB refuses longer values, SQLite would keep them.
    private static string? Clip(string? value, int length) => value is { Length: var n } && n > length ? value[..length] : value;
}
