namespace Hotline.Platform.Notifications;

public static class NotificationQueue
{
    /// <summary>Queues a message in the caller's transaction; the notification worker sends it after commit.</summary>
    public static Notification QueueNotification(this IMessagingContext context, NotificationChannel channel, string recipient,
        string title, string body, TimeProvider clock, string? link = null)
    {
        var notification = new Notification
        {
            Channel = channel,
            Recipient = recipient,
            Title = title,
            Body = body,
            Link = link,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Status = NotificationStatus.Pending,
        };
        context.Notifications.Add(notification);
        return notification;
    }
}
