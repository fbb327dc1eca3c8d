namespace Hotline.Dispatch.Queue;

/// <summary>A case waiting for dispatch (or for designation), as the queue lists it.</summary>
internal sealed record QueueRow(
    Guid CaseId,
    string CaseNumber,
    Urgency Urgency,
    RequestTypeCode RequestType,
    Guid CategoryId,
    Guid AreaId,
    string Summary,
    bool IsConfidential,
    DateTime RegisteredAtUtc,
    DateTime QueuedAtUtc,
    int ApprovedReturns,
    int? RedoRound = null,
    string? RedoReason = null);

internal sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total);

/// <summary>Filters on the queue; empty means everything waiting.</summary>
internal sealed record QueueFilter
{
    /// <summary>Part of the case number or the summary.</summary>
    public string? Keyword { get; init; }
    public Urgency? Urgency { get; init; }
    public RequestTypeCode? RequestType { get; init; }
}

/// <summary>What the home widget shows.</summary>
internal sealed record QueueCounts(int Waiting, DateTime? OldestWaitingSinceUtc, int AwaitingDesignation, int UrgentWaiting);
