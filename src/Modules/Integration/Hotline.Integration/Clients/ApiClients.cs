using Hotline.Platform.Security;
using Hotline.Platform.Auditing;

namespace Hotline.Integration.Clients;

internal sealed record ApiClientInput(string? Name, ApiScopes Scopes, bool AllUnits, IReadOnlyCollection<Guid> UnitIds, int RatePerMinute);

internal sealed record ApiClientRow(Guid Id, string Name, ApiScopes Scopes, bool AllUnits, IReadOnlyList<Guid> UnitIds, int RatePerMinute,
    string KeyPrefix, DateTime CreatedAtUtc, DateTime KeyIssuedAtUtc, DateTime? RevokedAtUtc, DateTime? LastCallAtUtc, Guid Version);

internal sealed record ApiCallRow(DateTime AtUtc, string? ClientName, string Method, string Route, int Status, int DurationMs, string? IpAddress);

/// <summary>接入管理: the CenterAdmin registers connected systems, rotates and revokes their keys; every change is audited.</summary>
internal sealed class ApiClients(IDbContextFactory<IntegrationDbContext> contexts, AdminGuard guard, ApiClientCache cache, TimeProvider clock)
{
    public const string AuditObject = "ApiClient";

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.RevokedAtUtc != null).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var ids = clients.Select(c => (Guid?)c.Id).ToList();
        var lastCalls = await db.Calls.AsNoTracking().Where(c => ids.Contains(c.ClientId))
            .GroupBy(c => c.ClientId).Select(g => new { Id = g.Key, At = g.Max(c => c.AtUtc) })
            .ToDictionaryAsync(x => x.Id!.Value, x => x.At, cancellationToken);
        return clients.Select(c => new ApiClientRow(c.Id, c.Name, c.Scopes, c.AllUnits, c.UnitIds, c.RatePerMinute, c.KeyPrefix, c.CreatedAtUtc,
            c.KeyIssuedAtUtc, c.RevokedAtUtc, lastCalls.TryGetValue(c.Id, out var at) ? at : null, c.Version)).ToList();
    }

    /// <returns>The new client's id and its key, shown once.</returns>
    public async Task<(Guid Id, string Key)> RegisterAsync(ApiClientInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var (client, key) = ApiClient.Register(input.Name, input.Scopes, input.AllUnits, input.UnitIds, input.RatePerMinute, actor.UserName, Now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Clients.AnyAsync(c => c.Name == client.Name && c.RevokedAtUtc == null, cancellationToken))
            throw new BusinessRuleException("已有同名的接入系统。", "name");
        db.Clients.Add(client);
        db.Audit(actor, clock, "登记接入系统", AuditObject, client.Id.ToString(), $"{client.Name}；权限：{ApiScopeNames.Describe(client.Scopes)}");
        await db.SaveChangesAsync(cancellationToken);
        return (client.Id, key);
    }

    public async Task UpdateAsync(Guid id, Guid version, ApiClientInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var client = await LoadAsync(db, id, version, cancellationToken);
        client.Change(input.Name, input.Scopes, input.AllUnits, input.UnitIds, input.RatePerMinute);
        db.Audit(actor, clock, "修改接入系统", AuditObject, client.Id.ToString(), $"{client.Name}；权限：{ApiScopeNames.Describe(client.Scopes)}");
        await db.SaveOrConflictAsync(cancellationToken: cancellationToken);
        cache.Forget(client.KeyPrefix);
    }

    /// <returns>The new key, shown once; the old one stops working at once.</returns>
    public async Task<string> RotateKeyAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var client = await LoadAsync(db, id, version, cancellationToken);
        var oldPrefix = client.KeyPrefix;
        var key = client.RotateKey(Now);
        db.Audit(actor, clock, "轮换接入密钥", AuditObject, client.Id.ToString(), client.Name);
        await db.SaveOrConflictAsync(cancellationToken: cancellationToken);
        cache.Forget(oldPrefix);
        return key;
    }

    public async Task RevokeAsync(Guid id, Guid version, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var client = await LoadAsync(db, id, version, cancellationToken);
        client.Revoke(actor.UserName, Now);
        db.Audit(actor, clock, "吊销接入系统", AuditObject, client.Id.ToString(), client.Name);
        await db.SaveOrConflictAsync(cancellationToken: cancellationToken);
        cache.Forget(client.KeyPrefix);
    }

    /// <summary>调用记录: the latest calls, of one client or of all (failed key checks included).</summary>
    public async Task<IReadOnlyList<ApiCallRow>> RecentCallsAsync(Guid? clientId, int take = 200, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls = db.Calls.AsNoTracking();
        if (clientId is { } id)
            calls = calls.Where(c => c.ClientId == id);
        var rows = await calls.OrderByDescending(c => c.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        var names = await db.Clients.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return rows.Select(c => new ApiCallRow(c.AtUtc, c.ClientId is { } cid ? names.GetValueOrDefault(cid) : null, c.Method, c.Route, c.Status,
            c.DurationMs, c.IpAddress)).ToList();
    }

    private static async Task<ApiClient> LoadAsync(IntegrationDbContext db, Guid id, Guid version, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("接入系统不存在。");
        if (client.Version != version)
            throw new BusinessRuleException(ConcurrentSave.DefaultConflictMessage);
        return client;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
