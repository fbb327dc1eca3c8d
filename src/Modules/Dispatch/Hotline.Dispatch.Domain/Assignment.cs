using Hotline.Platform.Rules;

namespace Hotline.Dispatch.Domain;

public enum AssignmentStatus
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
    /// <summary>An assignment ends once (returned, reassigned, recalled or finished); an ended one stays on record as it ended.</summary>
    public static readonly DomainRule EndsOnce = new("Dispatch.Assignment.EndsOnce", "domain.md 2 派单（退单、改派）", "该派单已结束。");

    public Guid Id { get; set; } = Guid.CreateVersion7();
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

    /// <summary>Why <see cref="CompletionDueUtc"/> is no longer the deadline set at dispatch (延期, 重办); null while it is.</summary>
    public string? CompletionDueNote { get; private set; }

    /// <summary>Active from creation; changed only by <see cref="Return"/>, <see cref="Reassign"/> and <see cref="Finish"/>.</summary>
    public AssignmentStatus Status { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    public string? EndNote { get; private set; }

    public Guid Version { get; set; }

    public bool IsActive => Status == AssignmentStatus.Active;

    /// <summary>
    /// Handling moved the unit's completion deadline (an approved 延期, or 重办 with a new limit): Dispatch's copy follows,
    /// so the case panel, the return review and what other modules read through the assignment directory agree with the
    /// deadline the unit works to. An ended part keeps the deadline it ended with.
    /// </summary>
    /// <returns>False when the part had already ended.</returns>
    public bool FollowCompletionDue(DateTime dueUtc, string note)
    {
        if (!IsActive)
            return false;
        CompletionDueUtc = dueUtc;
        CompletionDueNote = note;
        return true;
    }

    /// <summary>退单 approved (002 第十三条㈥): the unit leaves the case.</summary>
    public void Return(DateTime atUtc, string note) => End(AssignmentStatus.Returned, atUtc, note);

    /// <summary>改派 by the dispatcher, or 收回 of a sub-assignment by its parent unit.</summary>
    public void Reassign(DateTime atUtc, string note) => End(AssignmentStatus.Reassigned, atUtc, note);

    /// <summary>The case was closed after evaluation: the part ends normally.</summary>
    public void Finish(DateTime atUtc) => End(AssignmentStatus.Finished, atUtc, EndNote);

    private void End(AssignmentStatus status, DateTime atUtc, string? note)
    {
        EndsOnce.Require(IsActive);
        Status = status;
        EndedAtUtc = atUtc;
        EndNote = note;
    }
}
