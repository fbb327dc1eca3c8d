namespace Hotline.Platform.Messaging;

public enum OutboxStatus
{
    Pending = 0,
    Processed = 1,
    Failed = 2,
}

/// <summary>An integration event stored in the same transaction as the state change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string EventType { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime OccurredAtUtc { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? ProcessedAtUtc { get; set; }
    public string? LastError { get; set; }
}

/// <summary>Marks that one handler has applied one event, written in the handler's own transaction.</summary>
public sealed class InboxRecord
{
    public Guid EventId { get; set; }
    public string Handler { get; set; } = "";
    public DateTime ProcessedAtUtc { get; set; }
}
