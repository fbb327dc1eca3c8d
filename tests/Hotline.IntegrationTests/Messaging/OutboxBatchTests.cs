using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>
/// A batch goes to each module in the order its events occurred; a module's failure on one event neither stops its
/// later events nor holds the batch's other events back: only the failed one waits for its retry.
/// </summary>
public abstract class OutboxBatchTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_module_takes_a_batch_in_order_and_a_failed_event_alone_waits_for_its_retry()
    {
        await using var app = new ProbeApp(provider);
        var processor = app.Service<OutboxProcessor>();
        var probe = app.Service<ProbeSwitch>();
        var run = Guid.NewGuid().ToString("N");
        string[] markers = [$"{run}-1", $"{run}-2", $"{run}-3", $"{run}-4"];
        probe.FailingMarker = markers[1];
        var published = new List<ProbeEvent>();
        foreach (var marker in markers)
        {
            published.Add(await Probe.PublishAsync(app.Services, marker));
            app.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        while (await processor.ProcessBatchAsync(CancellationToken.None) > 0) { }

        Assert.Equal(markers, probe.Order.Where(m => m.StartsWith(run, StringComparison.Ordinal)));
        foreach (var (marker, e) in markers.Zip(published))
        {
            var message = await Probe.MessageAsync(app.Services, e.EventId);
            var failed = marker == markers[1];
            Assert.Equal(failed ? OutboxStatus.Pending : OutboxStatus.Processed, message.Status);
            Assert.Equal(failed ? 1 : 0, message.Attempts);
            Assert.Equal(failed ? 0 : 1, await Probe.EffectCountAsync(app.Services, marker));
        }

        probe.FailingMarker = null;
        app.Clock.Advance(OutboxProcessor.Backoff(1));
        while (await processor.ProcessBatchAsync(CancellationToken.None) > 0) { }
        Assert.Equal(OutboxStatus.Processed, (await Probe.MessageAsync(app.Services, published[1].EventId)).Status);
        Assert.Equal(1, await Probe.EffectCountAsync(app.Services, markers[1]));
        Assert.All(markers, m => Assert.Equal(m == markers[1] ? 2 : 1, probe.Deliveries[m]));
    }
}

public sealed class SqliteOutboxBatchTests() : OutboxBatchTests(DatabaseProvider.Sqlite);

public sealed class MariaDbOutboxBatchTests() : OutboxBatchTests(DatabaseProvider.MySql);
