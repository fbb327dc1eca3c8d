using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Testing;

/// <summary>
/// Lets a test act as "another module" and wait for event delivery without sleeping: publish an
/// integration event through the real outbox, then deliver everything pending to the real handlers.
/// </summary>
public static class EventDelivery
{
    /// <summary>Writes the event to the outbox as the module owning it would, inside a transaction of its own.</summary>
    public static async Task PublishAsync<TEvent>(this HotlineAppFactory app, TEvent integrationEvent) where TEvent : IntegrationEvent
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Publish(integrationEvent, app.Clock);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Delivers pending outbox messages (including those the handlers publish in turn) until none is
    /// left; fails when a message keeps failing, with its error, instead of hanging.
    /// </summary>
    public static async Task DeliverEventsAsync(this HotlineAppFactory app, int maxRounds = 50)
    {
        var processor = app.Services.GetRequiredService<OutboxProcessor>();
        for (var round = 0; round < maxRounds; round++)
        {
            await processor.ProcessBatchAsync(CancellationToken.None);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var pending = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).ToListAsync();
            var failing = pending.FirstOrDefault(m => m.Attempts > 0);
            if (failing is not null)
                throw new InvalidOperationException($"Event {failing.EventType} failed: {failing.LastError}");
            if (pending.Count == 0)
                return;
            await Task.Delay(20);
        }
        throw new TimeoutException("Outbox messages are still pending after delivery rounds.");
    }
}
