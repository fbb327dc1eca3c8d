using Hotline.Dispatch.Contracts;
using Hotline.Platform.Persistence;

namespace Hotline.Dispatch.Domain;

internal enum AssignmentStatus
{
    Active,
    /// <summary>Ended: return approved.</summary>
    Returned,
    /// <summary>Ended: the dispatcher reassigned the case.</summary>
    Reassigned,
    /// <summary>Ended normally: the case was replied to and closed.</summary>
    Finished,
}

/// <summary>A unit's part of a dispatched case (主办/协办), or a sub-unit's part under its parent's assignment (二级派单).</summary>
internal sealed class Assignment : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }

    /// <summary>All assignments created by one dispatch share it, so the timeline can show them together.</summary>
    public Guid DispatchId { get; set; }

    public Guid UnitId { get; set; }
    public AssignmentRole Role { get; set; }

    /// <summary>For a sub-dispatch: the parent unit's assignment, which stays responsible.</summary>
    public Guid? ParentAssignmentId { get; set; }

    public string? Note { get; set; }
    public DateTime DispatchedAtUtc { get; set; }
    public string DispatchedBy { get; set; } = "";
    public string? DispatchedByUserId { get; set; }

    public DateTime SignForDueUtc { get; set; }
    public DateTime FirstContactDueUtc { get; set; }
    public DateTime CompletionDueUtc { get; set; }
    public int CompletionWorkingDays { get; set; }

    /// <summary>End of the 1-working-day window in which the unit may apply to return the assignment.</summary>
    public DateTime ReturnWindowEndsUtc { get; set; }

    public AssignmentStatus Status { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public string? EndNote { get; set; }

    public Guid Version { get; set; }

    public bool IsActive => Status == AssignmentStatus.Active;
}
