using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;

namespace Hotline.Platform.Admin.Events;

/// <summary>The outbox as administrators see it: counts, a filtered list, and putting failed messages back in the queue.</summary>
internal sealed class IntegrationEventAdmin(AdminGuard guard, IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public const string ObjectType = "OutboxMessage";

    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Outbox.GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        return new OutboxCounts(
            counts.GetValueOrDefault(OutboxStatus.Pending),
            counts.GetValueOrDefault(OutboxStatus.Processed),
            counts.GetValueOrDefault(OutboxStatus.Failed));
    }

    /// <summary>The event types that occur in the outbox, for the filter's drop-down.</summary>
    public async Task<IReadOnlyList<string>> EventTypesAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.Select(m => m.EventType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>One page of messages, most recent events first.</summary>
    public async Task<PagedRows<OutboxMessage>> SearchAsync(OutboxFilter filter, int pageIndex, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Outbox.AsNoTracking();
        if (filter.Status is { } status)
            query = query.Where(m => m.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.EventType))
        {
            var eventType = filter.EventType.Trim();
            query = query.Where(m => m.EventType == eventType);
        }
        var total = await query.CountAsync(cancellationToken);
        var (skip, take) = PagedRows<OutboxMessage>.Window(pageIndex, pageSize);
        var items = await query.OrderByDescending(m => m.OccurredAtUtc).ThenBy(m => m.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedRows<OutboxMessage>(items, total);
    }

    /// <summary>Puts a failed message back in the queue with a fresh set of attempts; the worker picks it up at once.</summary>
    public async Task RetryAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken)
            ?? throw new BusinessRuleException("该事件不存在。");
        if (message.Status != OutboxStatus.Failed)
            throw new BusinessRuleException("只有投递失败的事件可以重试。");
        Requeue(db, message, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>How many failed messages were put back in the queue.</returns>
    public async Task<int> RetryAllFailedAsync(CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var failed = await db.Outbox.Where(m => m.Status == OutboxStatus.Failed).ToListAsync(cancellationToken);
        foreach (var message in failed)
            Requeue(db, message, actor);
        await db.SaveChangesAsync(cancellationToken);
        return failed.Count;
    }

    // The last error stays until a delivery succeeds, so an admin can still see why it had failed.
    private void Requeue(PlatformDbContext db, OutboxMessage message, Actor actor)
    {
        var previousAttempts = message.Attempts;
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Audit(actor, clock, "重试集成事件", ObjectType, message.Id.ToString(),
            $"{OutboxText.ShortType(message.EventType)}，此前已尝试 {previousAttempts} 次");
    }
}
