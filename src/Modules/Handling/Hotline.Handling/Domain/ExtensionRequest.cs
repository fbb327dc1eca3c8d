using Hotline.Platform.Persistence;

namespace Hotline.Handling.Domain;

internal enum ExtensionStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>延期申请: at most once per assignment, before the deadline; the extension equals the original limit.</summary>
internal sealed class ExtensionRequest : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid UnitId { get; set; }
    public string Reason { get; set; } = "";
    public string Measures { get; set; } = "";
    public DateTime CurrentDueUtc { get; set; }
    public DateTime RequestedDueUtc { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public string RequestedBy { get; set; } = "";
    public ExtensionStatus Status { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }
    public Guid Version { get; set; }
}
