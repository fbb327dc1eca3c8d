using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Messaging;

/// <summary>Delivers pending outbox messages to their handlers, one batch per call.</summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    EventHandlerRegistry registry,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger)
{
    public const int MaxAttempts = 8;
    private const int BatchSize = 50;

    // One batch at a time per process: a second caller (an operator's retry, a test draining the
    // outbox) would otherwise deliver the same message twice and record a spurious failure.
    private readonly SemaphoreSlim _oneBatch = new(1, 1);

    /// <returns>How many messages were taken in this batch.</returns>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await _oneBatch.WaitAsync(cancellationToken);
        try
        {
            return await ProcessOneBatchAsync(cancellationToken);
        }
        finally
        {
            _oneBatch.Release();
        }
    }

    private async Task<int> ProcessOneBatchAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IOutboxContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // Several app nodes on one MariaDB: each claims its batch with row locks the others skip, held until the batch's
        // statuses are saved; a node that dies mid-batch releases them with its connection, and another delivers again.
        await using var claim = OutboxClaim.IsSupported(db.Database)
            ? await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken)
            : null;
        var batch = claim is not null
            ? await OutboxClaim.NextBatch(db, now, BatchSize).ToListAsync(cancellationToken)
            : await db.Outbox
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
                .OrderBy(m => m.OccurredAtUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);

        try
        {
            foreach (var message in batch)
                await DeliverRecordingAsync(message, cancellationToken);
        }
        finally
        {
            // One save for the batch: a handler's effect is committed with its inbox record, so a message whose status
            // was not saved (a crash mid-batch) is delivered again and skipped by every handler that already applied it.
            if (db.ChangeTracker.HasChanges())
                await db.SaveChangesAsync(CancellationToken.None);
            if (claim is not null)
                await claim.CommitAsync(CancellationToken.None);
        }
        return batch.Count;
    }

    private async Task DeliverRecordingAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // Whatever a handler logs while taking the event names the event and the case it is about.
        using var scope = logger.BeginScope(EventLogScope.Of(message));
        try
        {
            await DeliverAsync(message, cancellationToken);
            message.Status = OutboxStatus.Processed;
            message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
        }
        // Only our own shutdown stops the batch: a handler's own timeout is a failure to retry,
        // and letting it escape would end the background service (and with it the host).
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = Truncate(ex.ToString(), 4000);
            if (message.Attempts >= MaxAttempts)
            {
                message.Status = OutboxStatus.Failed;
                logger.LogError(ex, "Integration event {EventId} ({Type}) failed {Attempts} times and is parked for an administrator",
                    message.Id, message.EventType, message.Attempts);
            }
            else
            {
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts);
                logger.LogWarning(ex, "Integration event {EventId} ({Type}) failed, attempt {Attempts}", message.Id, message.EventType, message.Attempts);
            }
        }
    }

    /// <summary>Delay before the next try after <paramref name="attempts"/> failures: 2 s, 4 s, 8 s … capped at 10 minutes.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(attempts, 1)), 600));

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = registry.ResolveEventType(message.EventType);
        if (eventType is null)
            return; // nobody subscribes to this event type (yet)

        var integrationEvent = (IntegrationEvent?)JsonSerializer.Deserialize(message.Payload, eventType, OutboxPublishing.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");

        // The modules take the event side by side, each in its own scope and transaction (on threads of their own:
        // SQLite's "async" calls complete synchronously); within a module the handlers keep their registration
        // order, as they may touch the same rows.
        var method = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType).GetMethod("HandleAsync")!;
        await Task.WhenAll(registry.HandlersFor(eventType).GroupBy(h => h.Assembly).Select(module => Task.Run(async () =>
        {
            foreach (var handlerType in module)
                await HandleAsync(handlerType, method, integrationEvent, cancellationToken);
        }, cancellationToken)));
    }

    private async Task HandleAsync(Type handlerType, MethodInfo method, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        using var handlerScope = scopes.CreateScope();
        var handler = handlerScope.ServiceProvider.GetRequiredService(handlerType);
        Task handling;
        try
        {
            handling = (Task)method.Invoke(handler, [integrationEvent, cancellationToken])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            // A handler that throws before its first await: record its own exception, not the reflection wrapper.
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
        await handling;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
