using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Hotline.Integration.Gateway;
using Microsoft.Extensions.Logging;

namespace Hotline.Integration.Feed;

/// <summary>
/// Queues each subscription's deliveries from the feed (from where it stopped last time) and POSTs the due ones,
/// signed. Each case's events reach a receiver in order: a delivery waits while an earlier one of the same case to the
/// same subscription is not delivered (retrying or dead-lettered). Different cases go out in parallel.
/// </summary>
internal sealed class FeedDispatcher(IServiceScopeFactory scopes, IHttpClientFactory httpClients, WebhookSecrets secrets, TimeProvider clock,
    ILogger<FeedDispatcher> logger)
{
    public const string HttpClientName = "hotline-feed";
    private const int EnqueuePage = 1000;
    private const int DeliveryBatch = 500;
    private const int Parallelism = 16;
    private static readonly TimeSpan HeldBack = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _oneRun = new(1, 1);

    /// <returns>How many deliveries were attempted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _oneRun.WaitAsync(cancellationToken);
        try
        {
            await EnqueueAsync(cancellationToken);
            return await DeliverDueAsync(cancellationToken);
        }
        finally
        {
            _oneRun.Release();
        }
    }

    private async Task EnqueueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var units = scope.ServiceProvider.GetRequiredService<IUnitDirectory>();
        var latest = await db.FeedEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var subscriptions = await db.Subscriptions.Where(s => s.Active && s.EnqueuedThrough < latest).ToListAsync(ct);
        if (subscriptions.Count == 0)
            return;
        var clientIds = subscriptions.Select(s => s.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var subscription in subscriptions)
        {
            if (!clients.TryGetValue(subscription.ClientId, out var client) || !client.Allows(ApiScopes.Feed))
                continue;
            var caller = await ApiCaller.ForAsync(client, units, ct);
            while (subscription.EnqueuedThrough < latest)
            {
                var events = await db.FeedEvents.AsNoTracking().Include(e => e.Units)
                    .Where(e => e.Sequence > subscription.EnqueuedThrough && e.Sequence <= latest)
                    .OrderBy(e => e.Sequence).Take(EnqueuePage).ToListAsync(ct);
                if (events.Count == 0)
                    break;
                foreach (var e in events.Where(e => subscription.Wants(e.Type) && caller.SeesAny(e.Units.Select(u => u.UnitId))))
                    db.Deliveries.Add(FeedDelivery.For(subscription.Id, e.Sequence, e.CaseId, now));
                subscription.Enqueued(events[^1].Sequence);
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Deliveries.Where(d => d.State == DeliveryState.Pending && d.NextAttemptAtUtc <= now)
            .OrderBy(d => d.Sequence).Take(DeliveryBatch).ToListAsync(ct);
        if (due.Count == 0)
            return 0;
        var subscriptionIds = due.Select(d => d.SubscriptionId).Distinct().ToList();
        var caseIds = due.Select(d => d.CaseId).Distinct().ToList();
        var firstOpen = (await db.Deliveries.AsNoTracking()
                .Where(d => d.State != DeliveryState.Delivered && subscriptionIds.Contains(d.SubscriptionId) && caseIds.Contains(d.CaseId))
                .GroupBy(d => new { d.SubscriptionId, d.CaseId })
                .Select(g => new { g.Key.SubscriptionId, g.Key.CaseId, First = g.Min(d => d.Sequence) })
                .ToListAsync(ct))
            .ToDictionary(x => (x.SubscriptionId, x.CaseId), x => x.First);
        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var sequences = due.Select(d => d.Sequence).ToList();
        var events = await db.FeedEvents.AsNoTracking().Where(e => sequences.Contains(e.Sequence)).ToDictionaryAsync(e => e.Sequence, ct);

        var runs = new List<List<FeedDelivery>>();
        foreach (var group in due.GroupBy(d => (d.SubscriptionId, d.CaseId)))
        {
            var ordered = group.OrderBy(d => d.Sequence).ToList();
            var active = subscriptions.TryGetValue(group.Key.SubscriptionId, out var s) && s.Active;
            if (active && firstOpen.GetValueOrDefault(group.Key) == ordered[0].Sequence)
                runs.Add(ordered);
            else
                ordered.ForEach(d => d.HoldBack(now + HeldBack));
        }

        var outcomes = new ConcurrentDictionary<Guid, (bool Ok, int? Status, string? Error)>();
        await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (run, token) =>
        {
            var subscription = subscriptions[run[0].SubscriptionId];
            var secret = secrets.Unprotect(subscription.ProtectedSecret);
            foreach (var delivery in run)
            {
                var outcome = await PostAsync(subscription, secret, delivery, events[delivery.Sequence], token);
                outcomes[delivery.Id] = outcome;
                if (!outcome.Ok)
                    break;
            }
        });

        var attemptedAt = clock.GetUtcNow().UtcDateTime;
        foreach (var delivery in due)
        {
            if (!outcomes.TryGetValue(delivery.Id, out var outcome))
            {
                // Behind a failure of the same case in this run: it keeps its place and goes after the earlier one.
                if (delivery.State == DeliveryState.Pending && delivery.NextAttemptAtUtc <= now)
                    delivery.HoldBack(attemptedAt + HeldBack);
                continue;
            }
            if (outcome.Ok)
                delivery.Delivered(outcome.Status!.Value, attemptedAt);
            else
                delivery.Failed(outcome.Status, outcome.Error ?? "", attemptedAt);
        }
        await ReleaseFollowersAsync(db, runs.Where(run => run.All(d => outcomes.TryGetValue(d.Id, out var o) && o.Ok)).ToList(), attemptedAt, ct);
        await db.SaveChangesAsync(ct);
        return outcomes.Count;
    }

    /// <summary>The next events of a case that went through wait no longer: they are due now, in order.</summary>
    private static async Task ReleaseFollowersAsync(IntegrationDbContext db, List<List<FeedDelivery>> completed, DateTime nowUtc, CancellationToken ct)
    {
        if (completed.Count == 0)
            return;
        var keys = completed.Select(run => (run[0].SubscriptionId, run[0].CaseId)).ToHashSet();
        var subscriptionIds = keys.Select(k => k.SubscriptionId).Distinct().ToList();
        var caseIds = keys.Select(k => k.CaseId).Distinct().ToList();
        var waiting = await db.Deliveries
            .Where(d => d.State == DeliveryState.Pending && d.Attempts == 0 && d.NextAttemptAtUtc > nowUtc
                && subscriptionIds.Contains(d.SubscriptionId) && caseIds.Contains(d.CaseId))
            .ToListAsync(ct);
        foreach (var delivery in waiting.Where(d => keys.Contains((d.SubscriptionId, d.CaseId))))
            delivery.Release(nowUtc);
    }

    private async Task<(bool Ok, int? Status, string? Error)> PostAsync(FeedSubscription subscription, string secret, FeedDelivery delivery,
        FeedEvent feedEvent, CancellationToken ct)
    {
        var body = Envelope(delivery, feedEvent);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.EventHeader, feedEvent.Type.Code());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, ct);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (true, status, null) : (false, status, $"接收方返回 HTTP {status}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogInformation("Feed delivery {Delivery} to subscription {Subscription} failed: {Error}", delivery.Id, subscription.Id, ex.Message);
            return (false, null, ex is TaskCanceledException ? "接收方超时未响应" : $"无法连接接收方：{ex.Message}");
        }
    }

    /// <summary>What the receiver gets: the delivery id (to dedupe), the feed sequence, the type, the case and the event's data.</summary>
    public static string Envelope(FeedDelivery delivery, FeedEvent feedEvent)
    {
        using var data = JsonDocument.Parse(feedEvent.PayloadJson);
        return JsonSerializer.Serialize(new
        {
            deliveryId = delivery.Id,
            sequence = feedEvent.Sequence,
            type = feedEvent.Type.Code(),
            caseNumber = feedEvent.CaseNumber,
            occurredAt = ApiJson.China(feedEvent.OccurredAtUtc),
            data = data.RootElement,
        }, ApiJson.Options);
    }
}
