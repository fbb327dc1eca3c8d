using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Platform.Messaging;

/// <summary>
/// How app nodes sharing one MariaDB/MySQL split the outbox: <c>SELECT … FOR UPDATE SKIP LOCKED</c> (MariaDB 10.6+,
/// MySQL 8), inside the batch's transaction. SQLite is one process's database: its batch needs no claim.
/// </summary>
internal static class OutboxClaim
{
    public static bool IsSupported(DatabaseFacade database) =>
        database.ProviderName?.Contains("MySql", StringComparison.Ordinal) == true;

    public static IQueryable<OutboxMessage> NextBatch(IOutboxContext db, DateTime nowUtc, int size) =>
        db.Outbox.FromSqlInterpolated($"""
            SELECT * FROM platform_outbox
            WHERE Status = {nameof(OutboxStatus.Pending)} AND NextAttemptAtUtc <= {nowUtc}
            ORDER BY OccurredAtUtc
            LIMIT {size}
            FOR UPDATE SKIP LOCKED
            """);
}
