using Hotline.Integration.Gateway;
using Hotline.Integration.RestApi;

namespace Hotline.Integration.Feed;

/// <summary>GET /api/v1/feed: the same events as the webhooks, for systems that cannot receive them, read from a cursor.</summary>
internal static class FeedPull
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static async Task<IResult> PullAsync(HttpContext http, IDbContextFactory<IntegrationDbContext> contexts, string? after, string? limit,
        string? types, CancellationToken ct)
    {
        var caller = http.Caller();
        var from = ApiQuery.Long(after, "after") ?? 0;
        var take = Math.Clamp(ApiQuery.Int(limit, "limit") ?? DefaultLimit, 1, MaxLimit);
        var wanted = new List<FeedEventType>();
        foreach (var code in (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            wanted.Add(FeedEventTypeNames.FromCode(code) ?? throw ApiRefusal.BadRequest($"未知的事件类型“{code}”；可用：accepted、dispatched、replied、rated、closed。"));

        await using var db = await contexts.CreateDbContextAsync(ct);
        var events = db.FeedEvents.AsNoTracking().Where(e => e.Sequence > from);
        if (wanted.Count > 0)
            events = events.Where(e => wanted.Contains(e.Type));
        if (caller.VisibleUnits is { } visible)
        {
            var units = visible.ToList();
            events = events.Where(e => e.Units.Any(u => units.Contains(u.UnitId)));
        }
        var page = await events.OrderBy(e => e.Sequence).Take(take).ToListAsync(ct);
        var items = page.Select(e =>
        {
            using var data = JsonDocument.Parse(e.PayloadJson);
            return new FeedItem(e.Sequence, e.Type.Code(), e.CaseNumber, ApiJson.China(e.OccurredAtUtc), data.RootElement.Clone());
        }).ToList();
        // With nothing new the cursor stays where it was, so the caller polls from the same place.
        var next = page.Count > 0 ? page[^1].Sequence : from;
        return Results.Json(new FeedBatch(items, next.ToString(System.Globalization.CultureInfo.InvariantCulture)), ApiJson.Options);
    }
}
