namespace Hotline.Intake.FlowSheet;

/// <summary>
/// What the flow sheet prints about a case, already resolved to display text and already masked for
/// the viewer: the layout never sees a full phone number, so it cannot print one.
/// </summary>
internal sealed record FlowSheetFacts
{
    /// <summary>"清河县12345政务服务便民热线": the county's name in front of the hotline's.</summary>
    public required string HotlineName { get; init; }
    public required string CaseNumber { get; init; }
    public required DateTime RegisteredAtUtc { get; init; }
    public required string Channel { get; init; }
    public required string RequestType { get; init; }
    public required string Category { get; init; }
    public required string Place { get; init; }
    public required string Urgency { get; init; }
    public required string Status { get; init; }
    public required bool Confidential { get; init; }
    public required string CallerName { get; init; }

    /// <summary>Masked (138****1234), "（已保密）", or "（未留电话）".</summary>
    public required string CallerPhone { get; init; }

    public string? SubjectUnit { get; init; }
    public required string Content { get; init; }
    public required DateTime PrintedAtUtc { get; init; }
    public required string PrintedBy { get; init; }
}
