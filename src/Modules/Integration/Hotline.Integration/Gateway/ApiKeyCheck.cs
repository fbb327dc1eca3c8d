using Hotline.Integration.Clients;

namespace Hotline.Integration.Gateway;

internal enum KeyFailure
{
    None,
    Missing,
    Invalid,
    Revoked,
}

/// <summary>Finds the client of a request by its key: <c>X-Api-Key</c>, <c>Authorization: Bearer</c>, or Open311's <c>api_key</c> parameter.</summary>
internal sealed class ApiKeyCheck(IDbContextFactory<IntegrationDbContext> contexts, ApiClientCache cache)
{
    public async Task<(ApiClient? Client, KeyFailure Failure)> CheckAsync(HttpRequest request, bool allowKeyParameter, CancellationToken cancellationToken)
    {
        var key = await KeyOfAsync(request, allowKeyParameter, cancellationToken);
        if (string.IsNullOrWhiteSpace(key))
            return (null, KeyFailure.Missing);
        if (ApiKey.PrefixOf(key) is not { } prefix)
            return (null, KeyFailure.Invalid);
        var client = cache.Find(prefix);
        if (client is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.KeyPrefix == prefix, cancellationToken);
            if (client is null)
                return (null, KeyFailure.Invalid);
            cache.Remember(client);
        }
        if (!ApiKey.Matches(key, client.KeyHash))
            return (null, KeyFailure.Invalid);
        return client.IsRevoked ? (null, KeyFailure.Revoked) : (client, KeyFailure.None);
    }

    private static async Task<string?> KeyOfAsync(HttpRequest request, bool allowKeyParameter, CancellationToken cancellationToken)
    {
        if (request.Headers["X-Api-Key"].FirstOrDefault() is { Length: > 0 } header)
            return header.Trim();
        if (request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return auth["Bearer ".Length..].Trim();
        if (!allowKeyParameter)
            return null;
        if (request.Query["api_key"].FirstOrDefault() is { Length: > 0 } query)
            return query.Trim();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return form["api_key"].FirstOrDefault()?.Trim();
        }
        return null;
    }
}
