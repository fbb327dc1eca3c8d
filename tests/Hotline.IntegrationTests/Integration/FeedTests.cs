using System.Net;
using System.Text.Json;
using Hotline.Handling.Contracts;
using Hotline.Integration.Domain;
using Hotline.Integration.Feed;
using Hotline.Integration.Persistence;
using Hotline.IntegrationTests.Handling;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Integration;

/// <summary>The department feed against a local receiver that fails and recovers: signed, retried, in order per case, nothing lost.</summary>
public abstract class FeedTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Events_of_the_clients_units_arrive_signed_in_order_after_the_receiver_recovers()
    {
        await using var receiver = await FeedReceiver.StartAsync();
        var (clientId, _) = await ApiTestData.ClientAsync(app, ApiScopes.Feed, unitCode: "ZJJ");
        var (_, secret) = await SubscribeAsync(clientId, receiver.Url);
        receiver.Down = true;

        var mine = await HandlingTestData.DispatchAsync(app, "13800005555", withCo: false);
        var other = await HandlingTestData.DispatchAsync(app, "13800006666", withCo: false, leadCode: "SCJGJ");
        await app.PublishAsync(Replied(mine));
        await app.DeliverEventsAsync();
        await DeliverAsync();

        // Down: the first event of the case was tried once; the reply waits behind it.
        Assert.Single(receiver.Hits);
        receiver.Down = false;
        app.Clock.Advance(TimeSpan.FromSeconds(11));
        await DeliverAsync();
        await DeliverAsync();

        var accepted = receiver.Accepted.ToList();
        Assert.Equal(["dispatched", "replied"], accepted.Select(h => h.Headers["X-Hotline-Event"]).ToList());
        Assert.All(accepted, hit =>
        {
            Assert.True(WebhookSignature.Verify(secret, hit.Headers["X-Hotline-Timestamp"], hit.Body, hit.Headers["X-Hotline-Signature"],
                app.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
            var json = JsonDocument.Parse(hit.Body).RootElement;
            Assert.Equal(mine.CaseNumber, json.GetProperty("caseNumber").GetString());
            Assert.Equal(hit.Headers["X-Hotline-Delivery"], json.GetProperty("deliveryId").GetString());
            Assert.False(json.GetProperty("data").TryGetProperty("callerPhone", out _));
        });
        // The retry of the first delivery kept its id, so a receiver that saw it before can drop it.
        Assert.Equal(receiver.Hits.First().Headers["X-Hotline-Delivery"], accepted[0].Headers["X-Hotline-Delivery"]);
        Assert.DoesNotContain(receiver.Hits, h => h.Body.Contains(other.CaseNumber));
        Assert.False(WebhookSignature.Verify("whsec_wrong", accepted[0].Headers["X-Hotline-Timestamp"], accepted[0].Body,
            accepted[0].Headers["X-Hotline-Signature"], app.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task A_receiver_down_for_hours_gets_dead_letters_that_an_administrator_sends_again_in_order()
    {
        await using var receiver = await FeedReceiver.StartAsync();
        var (clientId, _) = await ApiTestData.ClientAsync(app, ApiScopes.Feed, unitCode: "ZJJ");
        var (subscriptionId, _) = await SubscribeAsync(clientId, receiver.Url);
        receiver.Down = true;
        var d = await HandlingTestData.DispatchAsync(app, "13800007777", withCo: false);
        await app.PublishAsync(Replied(d));
        await app.DeliverEventsAsync();

        // An hour down loses nothing: the delivery is still waiting to be retried.
        for (var i = 0; i < 8; i++)
        {
            await DeliverAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(8));
        }
        Assert.Equal(DeliveryState.Pending, (await DeliveriesAsync(subscriptionId)).First().State);

        for (var i = 0; i < FeedDelivery.Backoff.Length + 2; i++)
        {
            await DeliverAsync();
            app.Clock.Advance(TimeSpan.FromHours(2));
        }
        var deliveries = await DeliveriesAsync(subscriptionId);
        Assert.Equal(DeliveryState.DeadLetter, deliveries[0].State);
        Assert.Equal(DeliveryState.Pending, deliveries[1].State);
        var dead = await app.AsUserAsync("admin", sp => sp.GetRequiredService<FeedSubscriptions>().DeadLettersAsync());
        Assert.Contains(dead, r => r.CaseNumber == d.CaseNumber && r.Type == FeedEventType.Dispatched);

        receiver.Down = false;
        Assert.Equal(1, await app.AsUserAsync("admin", sp => sp.GetRequiredService<FeedSubscriptions>().RetryAsync(subscriptionId, null)));
        await DeliverAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await DeliverAsync();
        Assert.Equal(["dispatched", "replied"], receiver.Accepted.Select(h => h.Headers["X-Hotline-Event"]).ToList());
        Assert.All(await DeliveriesAsync(subscriptionId), x => Assert.Equal(DeliveryState.Delivered, x.State));
    }

    [Fact]
    public async Task Systems_without_a_receiver_pull_the_same_events_by_cursor()
    {
        var mine = await HandlingTestData.DispatchAsync(app, "13800008888", withCo: false);
        var other = await HandlingTestData.DispatchAsync(app, "13800009999", withCo: false, leadCode: "SCJGJ");
        var (_, key) = await ApiTestData.ClientAsync(app, ApiScopes.Feed, unitCode: "ZJJ");
        using var http = ApiTestData.Http(app, key);

        var page = JsonDocument.Parse(await http.GetStringAsync("/api/v1/feed?limit=1000")).RootElement;
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("caseNumber").GetString() == mine.CaseNumber && i.GetProperty("type").GetString() == "dispatched");
        Assert.DoesNotContain(items, i => i.GetProperty("caseNumber").GetString() == other.CaseNumber);
        var cursor = page.GetProperty("nextCursor").GetString();
        var rest = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/feed?after={cursor}")).RootElement;
        Assert.Equal(0, rest.GetProperty("items").GetArrayLength());
        Assert.Equal(cursor, rest.GetProperty("nextCursor").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/feed?types=everything")).StatusCode);
    }

    [Fact]
    public async Task A_subscription_needs_the_feed_scope_and_a_web_address()
    {
        var (readerId, _) = await ApiTestData.ClientAsync(app, ApiScopes.ReadCases);
        var refused = await Assert.ThrowsAsync<Hotline.Platform.BusinessRuleException>(() => SubscribeAsync(readerId, "https://example.org/hook"));
        Assert.Contains("数据推送", refused.Message);
        var (feedId, _) = await ApiTestData.ClientAsync(app, ApiScopes.Feed);
        var bad = await Assert.ThrowsAsync<Hotline.Platform.BusinessRuleException>(() => SubscribeAsync(feedId, "ftp://example.org/hook"));
        Assert.Contains("http", bad.Message);
    }

    private Task<(Guid Id, string Secret)> SubscribeAsync(Guid clientId, string url) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<FeedSubscriptions>().CreateAsync(clientId, FeedEventTypeAll, url));

    private static FeedEventType FeedEventTypeAll => FeedEventTypeNames.All.Aggregate(FeedEventType.None, (a, t) => a | t);

    private Task DeliverAsync() => app.Service<FeedDispatcher>().RunOnceAsync(CancellationToken.None);

    private Task<List<FeedDelivery>> DeliveriesAsync(Guid subscriptionId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.Sequence).ToListAsync());

    private CaseReplied Replied(DispatchedCase d) => new(d.CaseId, d.CaseNumber, d.LeadId, d.Event.Assignments[0].UnitId, Guid.NewGuid(), 0,
        ReplyResult.Resolved, "已联系物业公司修复电梯", false, app.Clock.GetUtcNow().UtcDateTime, true);
}

public sealed class SqliteFeedTests(KestrelSqliteApp app) : FeedTests<KestrelSqliteApp>(app), IClassFixture<KestrelSqliteApp>;

public sealed class MariaDbFeedTests(KestrelMariaDbApp app) : FeedTests<KestrelMariaDbApp>(app), IClassFixture<KestrelMariaDbApp>;
