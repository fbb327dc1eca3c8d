namespace Hotline.Platform.Notifications;

public enum NotificationChannel
{
    Sms = 0,
    InApp = 1,
}

public enum NotificationStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>A message to a caller (SMS) or a staff member (in-app), queued and then handed to a sender.</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public NotificationChannel Channel { get; set; }

    /// <summary>A phone number for SMS, a user id for in-app.</summary>
    public string Recipient { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>The text with any secret (query code, rating token) left as <see cref="NotificationSecrets.Placeholder"/>.</summary>
    public string Body { get; set; } = "";

    /// <summary>The secret the body's placeholder stands for, protected with ASP.NET Data Protection; filled in only at send time.</summary>
    public string? Secret { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public NotificationStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? SentBy { get; set; }
    public string? LastError { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
