using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>
/// Several app nodes on one MariaDB (#20): their event deliveries split the outbox by row claims, so every event is
/// handed to a handler once across the nodes; rows a node holds are skipped by the others and, when that node dies
/// (its connection gone, its transaction rolled back), delivered by another.
/// </summary>
public sealed class OutboxNodesTests : IAsyncLifetime
{
    private ProbeApp _nodeA = null!;
    private ProbeApp _nodeB = null!;

    public Task InitializeAsync()
    {
        _nodeA = new ProbeApp(DatabaseProvider.MySql);
        _ = _nodeA.Services;
        _nodeB = new ProbeApp(_nodeA, runBackgroundWorkers: false);
        _ = _nodeB.Services;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Two_nodes_delivering_at_once_hand_each_event_to_its_handler_once_and_share_the_work()
    {
        var markers = await PublishAsync(600);

        var deliveredBy = await Task.WhenAll(DrainAsync(_nodeA), DrainAsync(_nodeB));

        Assert.Equal(markers.Count, deliveredBy.Sum());
        Assert.All(deliveredBy, count => Assert.True(count > 0, $"one node delivered nothing: {string.Join("/", deliveredBy)}"));
        foreach (var marker in markers)
            Assert.Equal(1, Deliveries(_nodeA, marker) + Deliveries(_nodeB, marker));
        await AssertAllProcessedOnceAsync(markers);
    }

    [Fact]
    public async Task Events_a_dead_node_had_claimed_are_skipped_while_it_holds_them_then_delivered_once_by_another()
    {
        var markers = await PublishAsync(120);
        var claimed = new List<Guid>();
        // Node A's claim on the oldest 50, as its batch would take them; its process is then killed.
        await using (var nodeA = new MySqlConnection(_nodeA.ConnectionString))
        {
            await nodeA.OpenAsync();
            await using var transaction = await nodeA.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted);
            await using (var claim = new MySqlCommand(
                "SELECT Id FROM platform_outbox WHERE Status = 'Pending' ORDER BY OccurredAtUtc LIMIT 50 FOR UPDATE SKIP LOCKED", nodeA, transaction))
            await using (var reader = await claim.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    claimed.Add(reader.GetGuid(0));
            }

            Assert.Equal(70, await DrainAsync(_nodeB));
            Assert.Equal(50, await PendingAsync());
            // kill -9: the server sees the connection drop and rolls the claim back.
        }

        Assert.Equal(50, await DrainAsync(_nodeB));
        Assert.Equal(50, claimed.Count);
        foreach (var marker in markers)
            Assert.Equal(1, Deliveries(_nodeB, marker));
        await AssertAllProcessedOnceAsync(markers);
    }

    private async Task<List<string>> PublishAsync(int count)
    {
        var markers = Enumerable.Range(0, count).Select(i => $"node-{i:D4}-{Guid.NewGuid():N}").ToList();
        await Probe.WithDbAsync(_nodeA.Services, async db =>
        {
            foreach (var marker in markers)
            {
                db.Audit(Actor.System, _nodeA.Clock, "探针事件已发布", "Probe", marker);
                db.Publish(new ProbeEvent(marker), _nodeA.Clock);
            }
            return await db.SaveChangesAsync();
        });
        return markers;
    }

    private static async Task<int> DrainAsync(ProbeApp node)
    {
        var processor = node.Service<OutboxProcessor>();
        var total = 0;
        for (var taken = await processor.ProcessBatchAsync(CancellationToken.None); taken > 0; taken = await processor.ProcessBatchAsync(CancellationToken.None))
            total += taken;
        return total;
    }

    private static int Deliveries(ProbeApp node, string marker) => node.Service<ProbeSwitch>().Deliveries.GetValueOrDefault(marker);

    private Task<int> PendingAsync() => Probe.WithDbAsync(_nodeA.Services, db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending));

    private async Task AssertAllProcessedOnceAsync(List<string> markers)
    {
        Assert.Equal(0, await PendingAsync());
        Assert.Equal(0, await Probe.WithDbAsync(_nodeA.Services, db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Failed)));
        var effects = await Probe.WithDbAsync(_nodeA.Services, db =>
            db.AuditLog.Where(a => a.Action == ProbeHandler.EffectAction).GroupBy(a => a.ObjectId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(markers.Count, effects.Count);
        Assert.All(effects, n => Assert.Equal(1, n));
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
    }
}
