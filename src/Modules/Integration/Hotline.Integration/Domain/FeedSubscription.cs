namespace Hotline.Integration.Domain;

/// <summary>A department's webhook: which events of the client's units are POSTed where, signed with the subscription's secret.</summary>
internal sealed class FeedSubscription : IVersioned
{
    public const int UrlMax = 500;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ClientId { get; private set; }
    public FeedEventType Types { get; private set; }
    public string Url { get; private set; } = "";
    /// <summary>The HMAC key, protected with ASP.NET Data Protection (it must be read back to sign).</summary>
    public string ProtectedSecret { get; private set; } = "";
    public bool Active { get; private set; }
    /// <summary>The last feed event looked at for this subscription: deliveries are queued from here on, a new subscription starts at the present.</summary>
    public long EnqueuedThrough { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public Guid Version { get; set; }

    public bool Wants(FeedEventType type) => Active && Types.HasFlag(type);

    public static FeedSubscription Create(Guid clientId, FeedEventType types, string? url, string protectedSecret, long latestSequence, string by,
        DateTime nowUtc)
    {
        var subscription = new FeedSubscription
        {
            ClientId = clientId, CreatedAtUtc = nowUtc, CreatedBy = by, Active = true, ProtectedSecret = protectedSecret, EnqueuedThrough = latestSequence,
        };
        subscription.Change(types, url);
        return subscription;
    }

    public void Change(FeedEventType types, string? url)
    {
        var problems = new List<FieldProblem>();
        if (types == FeedEventType.None)
            problems.Add(new("types", "请至少选择一类事件。"));
        var trimmed = url?.Trim() ?? "";
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            problems.Add(new("url", "推送地址须是完整的 http(s):// 地址。"));
        else if (trimmed.Length > UrlMax)
            problems.Add(new("url", $"推送地址不能超过 {UrlMax} 个字符。"));
        if (problems.Count > 0)
            throw new BusinessRuleException(problems);
        Types = types;
        Url = trimmed;
    }

    public void Enqueued(long throughSequence) => EnqueuedThrough = Math.Max(EnqueuedThrough, throughSequence);

    public void RotateSecret(string protectedSecret) => ProtectedSecret = protectedSecret;

    public void Pause() => Active = false;

    public void Resume() => Active = true;
}
