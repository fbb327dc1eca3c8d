using System.Collections.Concurrent;

namespace Hotline.Integration.Clients;

/// <summary>
/// The clients whose key was checked lately, by key prefix, for a few seconds: a busy client does not cost a query per
/// call. Changes made here (rotate, revoke, scopes) forget the entry at once; the short life covers another app node.
/// </summary>
internal sealed class ApiClientCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (ApiClient Client, DateTimeOffset Until)> _byPrefix = new();

    public ApiClient? Find(string prefix) =>
        _byPrefix.TryGetValue(prefix, out var entry) && entry.Until > clock.GetUtcNow() ? entry.Client : null;

    public void Remember(ApiClient client) => _byPrefix[client.KeyPrefix] = (client, clock.GetUtcNow() + Lifetime);

    public void Forget(string prefix) => _byPrefix.TryRemove(prefix, out _);
}
