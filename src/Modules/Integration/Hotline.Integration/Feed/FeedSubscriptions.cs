using Hotline.Integration.Clients;
using Hotline.Platform.Security;
using Hotline.Platform.Auditing;

namespace Hotline.Integration.Feed;

internal sealed record SubscriptionRow(Guid Id, Guid ClientId, string ClientName, FeedEventType Types, string Url, bool Active, DateTime CreatedAtUtc,
    int Pending, int Delivered, int DeadLetters, Guid Version);

internal sealed record DeadLetterRow(Guid DeliveryId, Guid SubscriptionId, string ClientName, string CaseNumber, FeedEventType Type, int Attempts,
    int? LastStatus, string? LastError, DateTime CreatedAtUtc);

/// <summary>数据推送: webhook subscriptions of the API clients with the feed scope, their dead letters and manual retry.</summary>
internal sealed class FeedSubscriptions(IDbContextFactory<IntegrationDbContext> contexts, AdminGuard guard, WebhookSecrets secrets, FeedSignal signal,
    TimeProvider clock)
{
    public const string AuditObject = "FeedSubscription";

    public async Task<IReadOnlyList<SubscriptionRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscriptions = await db.Subscriptions.AsNoTracking().OrderBy(s => s.CreatedAtUtc).ToListAsync(cancellationToken);
        var names = await db.Clients.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var counts = await db.Deliveries.AsNoTracking().GroupBy(d => new { d.SubscriptionId, d.State })
            .Select(g => new { g.Key.SubscriptionId, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(Guid id, DeliveryState state) => counts.FirstOrDefault(c => c.SubscriptionId == id && c.State == state)?.Count ?? 0;
        return subscriptions.Select(s => new SubscriptionRow(s.Id, s.ClientId, names.GetValueOrDefault(s.ClientId) ?? "（已删除）", s.Types, s.Url, s.Active,
            s.CreatedAtUtc, Count(s.Id, DeliveryState.Pending), Count(s.Id, DeliveryState.Delivered), Count(s.Id, DeliveryState.DeadLetter), s.Version)).ToList();
    }

    /// <returns>The subscription's id and its signing secret, shown once.</returns>
    public async Task<(Guid Id, string Secret)> CreateAsync(Guid clientId, FeedEventType types, string? url, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null || client.IsRevoked)
            throw new BusinessRuleException("请选择有效的接入系统。", "client");
        if (!client.Allows(ApiScopes.Feed))
            throw new BusinessRuleException("该接入系统没有“数据推送”权限，请先在接入管理中授予。", "client");
        var secret = WebhookSignature.NewSecret();
        var latest = await db.FeedEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var subscription = FeedSubscription.Create(clientId, types, url, secrets.Protect(secret), latest, actor.UserName, clock.GetUtcNow().UtcDateTime);
        db.Subscriptions.Add(subscription);
        db.Audit(actor, clock, "新增推送订阅", AuditObject, subscription.Id.ToString(), $"{client.Name} → {subscription.Url}");
        await db.SaveChangesAsync(cancellationToken);
        return (subscription.Id, secret);
    }

    public async Task UpdateAsync(Guid id, Guid version, FeedEventType types, string? url, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, "修改推送订阅", s => s.Change(types, url), cancellationToken);

    public async Task PauseAsync(Guid id, Guid version, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, "暂停推送订阅", s => s.Pause(), cancellationToken);

    public async Task ResumeAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(id, version, "恢复推送订阅", s => s.Resume(), cancellationToken);
        signal.Notify();
    }

    /// <returns>The new secret, shown once; deliveries from now on are signed with it.</returns>
    public async Task<string> RotateSecretAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        var secret = WebhookSignature.NewSecret();
        await ChangeAsync(id, version, "更换推送签名密钥", s => s.RotateSecret(secrets.Protect(secret)), cancellationToken);
        return secret;
    }

    public async Task<IReadOnlyList<DeadLetterRow>> DeadLettersAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from d in db.Deliveries.AsNoTracking()
                          where d.State == DeliveryState.DeadLetter
                          join e in db.FeedEvents.AsNoTracking() on d.Sequence equals e.Sequence
                          join s in db.Subscriptions.AsNoTracking() on d.SubscriptionId equals s.Id
                          join c in db.Clients.AsNoTracking() on s.ClientId equals c.Id
                          orderby d.Sequence
                          select new DeadLetterRow(d.Id, d.SubscriptionId, c.Name, e.CaseNumber, e.Type, d.Attempts, d.LastStatus, d.LastError, d.CreatedAtUtc))
            .Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>重新投递: one dead letter, or every dead letter of a subscription when <paramref name="deliveryId"/> is null.</summary>
    /// <returns>How many deliveries go out again.</returns>
    public async Task<int> RetryAsync(Guid subscriptionId, Guid? deliveryId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dead = db.Deliveries.Where(d => d.SubscriptionId == subscriptionId && d.State == DeliveryState.DeadLetter);
        if (deliveryId is { } one)
            dead = dead.Where(d => d.Id == one);
        var deliveries = await dead.ToListAsync(cancellationToken);
        if (deliveries.Count == 0)
            throw new BusinessRuleException("没有需要重新投递的死信。");
        var now = clock.GetUtcNow().UtcDateTime;
        var count = deliveries.Count(d => d.Retry(now));
        db.Audit(actor, clock, "重新投递死信", AuditObject, subscriptionId.ToString(), $"{count} 条");
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return count;
    }

    private async Task ChangeAsync(Guid id, Guid version, string action, Action<FeedSubscription> change, CancellationToken cancellationToken)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("推送订阅不存在。");
        if (subscription.Version != version)
            throw new BusinessRuleException(ConcurrentSave.DefaultConflictMessage);
        change(subscription);
        db.Audit(actor, clock, action, AuditObject, subscription.Id.ToString(), subscription.Url);
        await db.SaveOrConflictAsync(cancellationToken: cancellationToken);
    }
}
