using Hotline.Platform.Messaging;

namespace Hotline.Platform.Admin.Events;

/// <summary>What the events page filters on.</summary>
internal sealed class OutboxFilter
{
    public OutboxStatus? Status { get; set; }

    /// <summary>The full stored type name, as offered by the page's drop-down.</summary>
    public string? EventType { get; set; }
}

/// <summary>How many messages are in each state, for the counters at the top of the page.</summary>
internal sealed record OutboxCounts(int Pending, int Processed, int Failed);

/// <summary>Chinese labels for outbox states and a readable name for stored event types.</summary>
internal static class OutboxText
{
    public static string Status(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "待投递",
        OutboxStatus.Processed => "已投递",
        OutboxStatus.Failed => "失败",
        _ => status.ToString(),
    };

    /// <summary>The class name without its namespace: modules name their events distinctly, the namespace is noise on screen.</summary>
    public static string ShortType(string eventType)
    {
        var cut = Math.Max(eventType.LastIndexOf('.'), eventType.LastIndexOf('+'));
        return cut >= 0 ? eventType[(cut + 1)..] : eventType;
    }
}
