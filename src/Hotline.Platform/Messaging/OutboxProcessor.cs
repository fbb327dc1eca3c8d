using System.Text.Json;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
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

    /// <returns>How many messages were taken in this batch.</returns>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.OccurredAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.Status = OutboxStatus.Processed;
                message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
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
            await db.SaveChangesAsync(cancellationToken);
        }
        return batch.Count;
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), 600));

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = registry.ResolveEventType(message.EventType);
        if (eventType is null)
            return; // nobody subscribes to this event type (yet)

        var integrationEvent = (IntegrationEvent?)JsonSerializer.Deserialize(message.Payload, eventType, OutboxPublishing.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");

        foreach (var handlerType in registry.HandlersFor(eventType))
        {
            // A scope per handler: each handler works on its own module context and transaction.
            using var handlerScope = scopes.CreateScope();
            var handler = handlerScope.ServiceProvider.GetRequiredService(handlerType);
            var method = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType).GetMethod("HandleAsync")!;
            await (Task)method.Invoke(handler, [integrationEvent, cancellationToken])!;
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
