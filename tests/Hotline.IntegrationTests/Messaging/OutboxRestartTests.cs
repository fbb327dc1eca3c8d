using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>
/// The outbox survives a crash: an event committed by an application that dies before its workers
/// run is delivered after a restart, and its effect is applied exactly once even when delivery is
/// repeated (the inbox stops the duplicate).
/// </summary>
/// <remarks>Each fact builds its own applications (a restart needs a database it controls), so no class fixture is shared.</remarks>
public abstract class OutboxRestartTests(DatabaseProvider provider)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart_exactly_once()
    {
        var marker = "restart-" + Guid.NewGuid().ToString("N");

        // 1. An application commits a state change with its event, then "dies": its workers never run.
        await using var crashed = new HotlineAppFactory(provider) { RunBackgroundWorkers = false };
        var published = await Probe.PublishAsync(crashed.Services, marker);
        Assert.Equal(OutboxStatus.Pending, (await Probe.MessageAsync(crashed.Services, published.EventId)).Status);
        Assert.Equal(0, await Probe.EffectCountAsync(crashed.Services, marker));

        // 2. The application starts again on the same database, this time with its workers.
        await using (var restarted = new ProbeApp(crashed, runBackgroundWorkers: true))
        {
            var message = await WaitForAsync(restarted.Services, published.EventId, OutboxStatus.Processed);
            Assert.Equal(1, await Probe.EffectCountAsync(restarted.Services, marker));
            Assert.Equal(0, message.Attempts);
            Assert.Equal(crashed.Clock.GetUtcNow().UtcDateTime, message.ProcessedAtUtc);
        }

        // 3. A crash after the handler committed but before the outbox was marked processed leaves the
        //    message pending: delivering it again (twice, even) must not apply the effect a second time.
        await using var replay = new ProbeApp(crashed, runBackgroundWorkers: false);
        await Probe.WithDbAsync(replay.Services, db =>
            db.Outbox.Where(m => m.Id == published.EventId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.ProcessedAtUtc, (DateTime?)null)));
        var processor = replay.Service<OutboxProcessor>();
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        await Probe.WithDbAsync(replay.Services, db =>
            db.Outbox.Where(m => m.Id == published.EventId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending)));
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));

        var final = await Probe.MessageAsync(replay.Services, published.EventId);
        Assert.Equal(OutboxStatus.Processed, final.Status);
        Assert.Null(final.LastError);
        Assert.Equal(1, await Probe.EffectCountAsync(replay.Services, marker));
        Assert.Equal(1, await Probe.WithDbAsync(replay.Services, db =>
            db.Inbox.CountAsync(i => i.EventId == published.EventId && i.Handler == typeof(ProbeHandler).FullName)));
    }

    private static async Task<OutboxMessage> WaitForAsync(IServiceProvider services, Guid eventId, OutboxStatus status)
    {
        // Polls the database until the worker has done its job; the timeout only bounds a broken run.
        using var timeout = new CancellationTokenSource(DeliveryTimeout);
        while (true)
        {
            var message = await Probe.MessageAsync(services, eventId);
            if (message.Status == status)
                return message;
            try { await Task.Delay(100, timeout.Token); }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The outbox message was still {message.Status} (attempts {message.Attempts}, error {message.LastError}) after {DeliveryTimeout}.");
            }
        }
    }
}

public sealed class SqliteOutboxRestartTests() : OutboxRestartTests(DatabaseProvider.Sqlite);

public sealed class MariaDbOutboxRestartTests() : OutboxRestartTests(DatabaseProvider.MySql);
