using Hotline.Platform.Messaging;

namespace Hotline.Web.Infrastructure.Monitoring;

/// <summary>Event delivery's backlog as /readyz, the 运行状态 page and the metrics report it: one reading, three readers.</summary>
internal sealed record OutboxBacklog(int Pending, TimeSpan Lag, int Failed)
{
    public static async Task<OutboxBacklog> ReadAsync(PlatformDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var pending = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, ct);
        var failed = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Failed, ct);
        var oldest = pending == 0 ? null : await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.OccurredAtUtc)
            .Select(m => (DateTime?)m.OccurredAtUtc).FirstOrDefaultAsync(ct);
        return new OutboxBacklog(pending, oldest is { } at && nowUtc > at ? nowUtc - at : TimeSpan.Zero, failed);
    }
}
