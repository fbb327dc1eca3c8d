using System.Collections.Concurrent;
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
            var failures = await DeliverAsync(batch, cancellationToken);
            foreach (var message in batch)
                Record(message, failures.GetValueOrDefault(message));
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

    private sealed record Delivery(OutboxMessage Message, IntegrationEvent Event, MethodInfo Method, IReadOnlyList<Type> Handlers);

    /// <summary>
    /// Each module takes the batch's events in their order, in its own scope and transaction per handler; the modules
    /// work side by side, each at its own pace (on threads of their own: SQLite's "async" calls complete synchronously),
    /// so a module that is slow on one event does not hold the others at every event. Within a module the handlers of an
    /// event keep their registration order, as they may touch the same rows; a module's failure on an event stops its
    /// other handlers of that event only.
    /// </summary>
    /// <returns>The first failure of each message that failed.</returns>
    private async Task<ConcurrentDictionary<OutboxMessage, Exception>> DeliverAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentDictionary<OutboxMessage, Exception>();
        var deliveries = new List<Delivery>();
        foreach (var message in batch)
        {
            try
            {
                if (Resolve(message) is { } delivery)
                    deliveries.Add(delivery);
            }
            catch (Exception ex)
            {
                failures.TryAdd(message, ex);
            }
        }
        var modules = deliveries.SelectMany(d => d.Handlers).Select(h => h.Assembly).Distinct();
        await Task.WhenAll(modules.Select(module => Task.Run(async () =>
        {
            foreach (var delivery in deliveries)
            {
                // Whatever a handler logs while taking the event names the event and the case it is about.
                using var scope = logger.BeginScope(EventLogScope.Of(delivery.Message));
                foreach (var handlerType in delivery.Handlers.Where(h => h.Assembly == module))
                {
                    try
                    {
                        await HandleAsync(handlerType, delivery.Method, delivery.Event, cancellationToken);
                    }
                    // Only our own shutdown stops the batch: a handler's own timeout is a failure to retry,
                    // and letting it escape would end the background service (and with it the host).
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        failures.TryAdd(delivery.Message, ex);
                        break;
                    }
                }
            }
        }, cancellationToken)));
        return failures;
    }

    private void Record(OutboxMessage message, Exception? failure)
    {
        if (failure is null)
        {
            message.Status = OutboxStatus.Processed;
            message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            return;
        }
        using var scope = logger.BeginScope(EventLogScope.Of(message));
        message.Attempts++;
        message.LastError = Truncate(failure.ToString(), 4000);
        if (message.Attempts >= MaxAttempts)
        {
            message.Status = OutboxStatus.Failed;
            logger.LogError(failure, "Integration event {EventId} ({Type}) failed {Attempts} times and is parked for an administrator",
                message.Id, message.EventType, message.Attempts);
        }
        else
        {
            message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts);
            logger.LogWarning(failure, "Integration event {EventId} ({Type}) failed, attempt {Attempts}", message.Id, message.EventType, message.Attempts);
        }
    }

    /// <summary>Delay before the next try after <paramref name="attempts"/> failures: 2 s, 4 s, 8 s … capped at 10 minutes.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(attempts, 1)), 600));

    /// <returns>The event and its handlers, or null when nobody subscribes to its type (yet).</returns>
    private Delivery? Resolve(OutboxMessage message)
    {
        var eventType = registry.ResolveEventType(message.EventType);
        if (eventType is null)
            return null;
        var integrationEvent = (IntegrationEvent?)JsonSerializer.Deserialize(message.Payload, eventType, OutboxPublishing.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        var method = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType).GetMethod("HandleAsync")!;
        return new Delivery(message, integrationEvent, method, [.. registry.HandlersFor(eventType)]);
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
