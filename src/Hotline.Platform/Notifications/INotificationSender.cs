namespace Hotline.Platform.Notifications;

/// <summary>Delivers one notification on its channel. Swap the registration to plug in a real SMS gateway.</summary>
public interface INotificationSender
{
    NotificationChannel Channel { get; }

    /// <returns>The name recorded as the sender of the message.</returns>
    Task<string> SendAsync(Notification notification, CancellationToken cancellationToken);
}

/// <summary>Default SMS sender: no gateway is configured, so the message is kept in the notification table for admins to read.</summary>
internal sealed class RecordingSmsSender : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.Sms;

    public Task<string> SendAsync(Notification notification, CancellationToken cancellationToken) =>
        Task.FromResult("记录（未接短信网关）");
}

/// <summary>In-app messages are read from the table by the shell; delivery only tells open sessions to refresh.</summary>
internal sealed class InAppSender(LiveUpdates live) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.InApp;

    public Task<string> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        live.Publish(LiveTopics.Inbox(notification.Recipient));
        return Task.FromResult("站内消息");
    }
}
