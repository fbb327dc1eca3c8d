using Hotline.Platform.Notifications;
using Hotline.Platform.Time;

namespace Hotline.Platform.Admin.Notifications;

/// <summary>What the notifications page filters on. Dates are China calendar days, both ends included.</summary>
internal sealed class NotificationFilter
{
    public NotificationChannel? Channel { get; set; }
    public NotificationStatus? Status { get; set; }

    /// <summary>Part of a phone number, or of a staff member's account or display name for in-app messages.</summary>
    public string? Recipient { get; set; }

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public DateTime? FromUtc => From is { } from ? ChinaTime.StartOfDayUtc(from) : null;
    public DateTime? BeforeUtc => To is { } to ? ChinaTime.EndOfDayUtc(to) : null;
}

/// <summary>One notification as listed: the recipient already masked (SMS) or named (in-app).</summary>
internal sealed record NotificationRow(
    Guid Id,
    NotificationChannel Channel,
    string Recipient,
    string Title,
    string Body,
    DateTime CreatedAtUtc,
    DateTime? SentAtUtc,
    string? SentBy,
    NotificationStatus Status,
    int Attempts,
    string? LastError,
    DateTime? ReadAtUtc);

/// <summary>Chinese labels for channels and states.</summary>
internal static class NotificationText
{
    public static string Channel(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Sms => "短信",
        NotificationChannel.InApp => "站内",
        _ => channel.ToString(),
    };

    public static string Status(NotificationStatus status) => status switch
    {
        NotificationStatus.Pending => "待发送",
        NotificationStatus.Sent => "已发送",
        NotificationStatus.Failed => "失败",
        _ => status.ToString(),
    };
}
