namespace Hotline.Integration.Domain;

/// <summary>What a department may subscribe to (000 (四): acceptance information, case records and evaluations).</summary>
[Flags]
internal enum FeedEventType
{
    None = 0,
    /// <summary>受理</summary>
    Accepted = 1,
    /// <summary>派单/改派</summary>
    Dispatched = 2,
    /// <summary>办理答复</summary>
    Replied = 4,
    /// <summary>回访评价</summary>
    Rated = 8,
    /// <summary>办结</summary>
    Closed = 16,
}

internal static class FeedEventTypeNames
{
    public static readonly IReadOnlyList<FeedEventType> All =
        [FeedEventType.Accepted, FeedEventType.Dispatched, FeedEventType.Replied, FeedEventType.Rated, FeedEventType.Closed];

    /// <summary>The name in payloads, headers and the pull API's <c>types</c> filter.</summary>
    public static string Code(this FeedEventType type) => type switch
    {
        FeedEventType.Accepted => "accepted",
        FeedEventType.Dispatched => "dispatched",
        FeedEventType.Replied => "replied",
        FeedEventType.Rated => "rated",
        FeedEventType.Closed => "closed",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string DisplayName(this FeedEventType type) => type switch
    {
        FeedEventType.Accepted => "受理",
        FeedEventType.Dispatched => "派单",
        FeedEventType.Replied => "答复",
        FeedEventType.Rated => "评价",
        FeedEventType.Closed => "办结",
        _ => type.ToString(),
    };

    public static FeedEventType? FromCode(string code) => All.Cast<FeedEventType?>().FirstOrDefault(t => t!.Value.Code() == code.Trim().ToLowerInvariant());
}
