using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Platform.Notifications;

/// <summary>
/// Query codes and rating tokens are keys to a caller's case: they never rest in the notification table in plain text
/// (where the admin outbox shows rows). The row keeps its body with a placeholder and the secret protected with
/// ASP.NET Data Protection; the text with the secret exists only on its way to the sender.
/// </summary>
public sealed class NotificationSecrets(IDataProtectionProvider protection)
{
    public const string Placeholder = "〔发送时填入〕";

    private readonly IDataProtector _protector = protection.CreateProtector("Hotline.Notifications.Secret.v1");

    /// <summary>Queues an SMS whose <paramref name="bodyTemplate"/> holds <see cref="Placeholder"/> where <paramref name="secret"/> goes.</summary>
    public Notification QueueSms(IMessagingContext context, string phone, string title, string bodyTemplate, string secret, TimeProvider clock)
    {
        if (!bodyTemplate.Contains(Placeholder, StringComparison.Ordinal))
            throw new ArgumentException("The body must hold the secret's placeholder.", nameof(bodyTemplate));
        var notification = context.QueueNotification(NotificationChannel.Sms, phone, title, bodyTemplate, clock);
        notification.Secret = _protector.Protect(secret);
        return notification;
    }

    /// <summary>What the sender receives: a detached copy with the secret filled in, so the stored row never changes.</summary>
    public Notification Outgoing(Notification stored) => stored.Secret is null ? stored : new Notification
    {
        Id = stored.Id,
        Channel = stored.Channel,
        Recipient = stored.Recipient,
        Title = stored.Title,
        Body = stored.Body.Replace(Placeholder, _protector.Unprotect(stored.Secret), StringComparison.Ordinal),
        Link = stored.Link,
        CreatedAtUtc = stored.CreatedAtUtc,
        Status = stored.Status,
        Attempts = stored.Attempts,
    };
}

/// <summary>
/// The last SMS texts the recording sender "sent" (no gateway), kept in memory only and never shown on a page, so a
/// demo or a test can see what a caller would have received. Bounded, oldest dropped first.
/// </summary>
public sealed class RecordedSms
{
    public const int Capacity = 500;

    private readonly ConcurrentQueue<(string Phone, string Text)> _sent = new();

    internal void Add(string phone, string text)
    {
        _sent.Enqueue((phone, text));
        while (_sent.Count > Capacity)
            _sent.TryDequeue(out _);
    }

    /// <summary>The texts sent to <paramref name="phone"/>, oldest first.</summary>
    public IReadOnlyList<string> To(string phone) => _sent.Where(s => s.Phone == phone).Select(s => s.Text).ToList();
}
