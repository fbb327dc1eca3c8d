using Hotline.Platform.Admin.Events;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>A handler that keeps failing is retried with growing delays, parked as failed, and delivered after an administrator's retry.</summary>
public abstract class OutboxRetryTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_then_parked_and_an_admin_retry_delivers_it()
    {
        await using var app = new ProbeApp(provider);
        var marker = "retry-" + Guid.NewGuid().ToString("N");
        var processor = app.Service<OutboxProcessor>();
        app.Service<ProbeSwitch>().Failing = true;
        var published = await Probe.PublishAsync(app.Services, marker);

        // First try fails at once and schedules the next one two seconds later.
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        var message = await Probe.MessageAsync(app.Services, published.EventId);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Contains(ProbeHandler.FailureMessage, message.LastError);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + OutboxProcessor.Backoff(1), message.NextAttemptAtUtc);

        for (var attempt = 2; attempt <= OutboxProcessor.MaxAttempts; attempt++)
        {
            var delay = OutboxProcessor.Backoff(attempt - 1);
            // Not due a moment before its delay has passed …
            app.Clock.Advance(delay - TimeSpan.FromMilliseconds(1));
            Assert.Equal(0, await processor.ProcessBatchAsync(CancellationToken.None));
            Assert.Equal(attempt - 1, (await Probe.MessageAsync(app.Services, published.EventId)).Attempts);
            // … due once it has.
            app.Clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
            Assert.Equal(attempt, (await Probe.MessageAsync(app.Services, published.EventId)).Attempts);
        }

        message = await Probe.MessageAsync(app.Services, published.EventId);
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(OutboxProcessor.MaxAttempts, message.Attempts);
        // Parked: no more tries however long we wait.
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(0, await Probe.EffectCountAsync(app.Services, marker));

        // The cause is fixed; the administrator retries from the events page.
        app.Service<ProbeSwitch>().Failing = false;
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<IntegrationEventAdmin>().RetryAsync(published.EventId));
        message = await Probe.MessageAsync(app.Services, published.EventId);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, message.NextAttemptAtUtc);
        Assert.Equal(1, await Probe.WithDbAsync(app.Services, db => db.AuditLog.CountAsync(a =>
            a.Action == "重试集成事件" && a.ObjectType == IntegrationEventAdmin.ObjectType
            && a.ObjectId == published.EventId.ToString() && a.UserName == "admin")));

        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        message = await Probe.MessageAsync(app.Services, published.EventId);
        Assert.Equal(OutboxStatus.Processed, message.Status);
        Assert.Null(message.LastError);
        Assert.Equal(1, await Probe.EffectCountAsync(app.Services, marker));
    }
}

public sealed class SqliteOutboxRetryTests() : OutboxRetryTests(DatabaseProvider.Sqlite);

public sealed class MariaDbOutboxRetryTests() : OutboxRetryTests(DatabaseProvider.MySql);
