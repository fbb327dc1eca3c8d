using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Notifications;

/// <summary>Hands pending notifications to the sender of their channel.</summary>
public sealed class NotificationProcessor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NotificationProcessor> logger)
{
    public const int MaxAttempts = 5;
    private const int BatchSize = 50;

    // The background worker and an explicit call (an admin's retry, a test) must not pick up the same pending
    // message at once: the caller would get the SMS twice.
    private readonly SemaphoreSlim _oneBatchAtATime = new(1, 1);

    /// <returns>How many notifications were tried in this batch.</returns>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await _oneBatchAtATime.WaitAsync(cancellationToken);
        try
        {
            return await SendDueAsync(cancellationToken);
        }
        finally
        {
            _oneBatchAtATime.Release();
        }
    }

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var senders = scope.ServiceProvider.GetServices<INotificationSender>().ToDictionary(s => s.Channel);
        var secrets = scope.ServiceProvider.GetRequiredService<NotificationSecrets>();
        var now = clock.GetUtcNow().UtcDateTime;
        // Fresh messages first, so a backlog of retries waiting for their delay cannot starve them.
        var candidates = await db.Notifications
            .Where(n => n.Status == NotificationStatus.Pending)
            .OrderBy(n => n.Attempts).ThenBy(n => n.CreatedAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var due = candidates.Where(n => NotificationRetry.DueAtUtc(n.CreatedAtUtc, n.Attempts) <= now).ToList();

        foreach (var notification in due)
        {
            var sender = senders.GetValueOrDefault(notification.Channel);
            var sent = false;
            try
            {
                if (sender is null)
                    throw new InvalidOperationException($"No sender is registered for channel {notification.Channel}.");
                // The sender gets the text with its secret; the stored row keeps only the placeholder.
                notification.SentBy = await sender.SendAsync(secrets.Outgoing(notification), cancellationToken);
                notification.Status = NotificationStatus.Sent;
                notification.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                sent = true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                notification.Attempts++;
                notification.LastError = ex.Message.Length <= 2000 ? ex.Message : ex.Message[..2000];
                if (notification.Attempts >= MaxAttempts)
                    notification.Status = NotificationStatus.Failed;
                logger.LogWarning(ex, "Notification {Id} failed, attempt {Attempts}", notification.Id, notification.Attempts);
            }
            // One save per message: a crash mid-batch must not make a gateway send the earlier ones twice.
            await db.SaveChangesAsync(cancellationToken);
            if (sent)
                await sender!.AfterSavedAsync(notification, cancellationToken);
        }
        return due.Count;
    }
}

internal sealed class NotificationDispatcherService(NotificationProcessor processor, NotificationSignal signal, ILogger<NotificationDispatcherService> logger)
    : Messaging.PollingWorker(signal, TimeSpan.FromSeconds(5), logger)
{
    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(cancellationToken);
}
