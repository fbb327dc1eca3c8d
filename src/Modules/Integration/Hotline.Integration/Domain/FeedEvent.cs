namespace Hotline.Integration.Domain;

/// <summary>
/// One case event as departments receive it. The sequence orders every event and is the pull feed's cursor; the
/// payload is built once from the module event, without caller identity.
/// </summary>
internal sealed class FeedEvent
{
    public long Sequence { get; private set; }
    /// <summary>The module event it came from, with the type: one module event can give two feed events (rated and closed).</summary>
    public Guid SourceEventId { get; private set; }
    public FeedEventType Type { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public DateTime OccurredAtUtc { get; private set; }
    public string PayloadJson { get; private set; } = "";
    public List<FeedEventUnit> Units { get; private set; } = [];

    public static FeedEvent Of(Guid sourceEventId, FeedEventType type, Guid caseId, string caseNumber, DateTime occurredAtUtc, string payloadJson,
        IEnumerable<Guid> unitIds) => new()
    {
        SourceEventId = sourceEventId,
        Type = type,
        CaseId = caseId,
        CaseNumber = caseNumber,
        OccurredAtUtc = occurredAtUtc,
        PayloadJson = payloadJson,
        Units = unitIds.Distinct().Select(u => new FeedEventUnit { UnitId = u }).ToList(),
    };
}

/// <summary>A unit the event concerns: a client scoped to units sees the event when one of them (or a sub-unit) is here.</summary>
internal sealed class FeedEventUnit
{
    public long Sequence { get; set; }
    public Guid UnitId { get; set; }
}
