using Hotline.Platform.Persistence;

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
            UserId = actor.UserId,
            UserName = actor.UserName,
            IpAddress = actor.IpAddress,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
    }
}
