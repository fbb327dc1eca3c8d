namespace Hotline.Platform.Notifications;

/// <summary>Delivers one notification on its channel. SMS go through <see cref="Sms.SmsSender"/>, which picks the configured gateway.</summary>
public interface INotificationSender
{
    NotificationChannel Channel { get; }

    /// <returns>The name recorded as the sender of the message.</returns>
    Task<string> SendAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Runs once the Sent status is committed. Whatever readers see the table (the in-app badge) must be
    /// told only now: told during <see cref="SendAsync"/>, they would re-read before the row says Sent.
    /// </summary>
    Task AfterSavedAsync(Notification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// The SMS adapter used while no gateway is configured (the default): the message is kept in the notification table
/// for admins to read (with its secret masked), and the text as sent, secret included, only in <see cref="RecordedSms"/>.
/// </summary>
internal sealed class RecordingSmsSender(RecordedSms recorded) : Sms.ISmsGateway
{
    public const string SenderName = "记录（未接短信网关）";

    public Task<string> SendAsync(Sms.SmsMessage message, CancellationToken cancellationToken)
    {
        recorded.Add(message.Phone, message.Text);
        return Task.FromResult(SenderName);
    }
}

/// <summary>In-app messages are read from the table by the shell; delivery only tells open sessions to refresh.</summary>
internal sealed class InAppSender(LiveUpdates live) : INotificationSender
{
    public const string SenderName = "站内消息";

    public NotificationChannel Channel => NotificationChannel.InApp;

    public Task<string> SendAsync(Notification notification, CancellationToken cancellationToken) =>
        Task.FromResult(SenderName);

    public Task AfterSavedAsync(Notification notification, CancellationToken cancellationToken)
    {
        live.Publish(LiveTopics.Inbox(notification.Recipient));
        return Task.CompletedTask;
    }
}
