using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Notifications;

/// <summary>Hands pending notifications to the sender of their channel.</summary>
public sealed class NotificationProcessor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NotificationProcessor> logger)
{
    public const int MaxAttempts = 5;

    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var senders = scope.ServiceProvider.GetServices<INotificationSender>().ToDictionary(s => s.Channel);
        var batch = await db.Notifications
            .Where(n => n.Status == NotificationStatus.Pending)
            .OrderBy(n => n.CreatedAtUtc)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var notification in batch)
        {
            try
            {
                if (!senders.TryGetValue(notification.Channel, out var sender))
                    throw new InvalidOperationException($"No sender is registered for channel {notification.Channel}.");
                notification.SentBy = await sender.SendAsync(notification, cancellationToken);
                notification.Status = NotificationStatus.Sent;
                notification.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                notification.Attempts++;
                notification.LastError = ex.Message;
                if (notification.Attempts >= MaxAttempts)
                    notification.Status = NotificationStatus.Failed;
                logger.LogWarning(ex, "Notification {Id} failed, attempt {Attempts}", notification.Id, notification.Attempts);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return batch.Count(n => n.Status != NotificationStatus.Pending);
    }
}

internal sealed class NotificationDispatcherService(NotificationProcessor processor, NotificationSignal signal, ILogger<NotificationDispatcherService> logger)
    : Messaging.PollingWorker(signal, TimeSpan.FromSeconds(5), logger)
{
    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(cancellationToken);
}
