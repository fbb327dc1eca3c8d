using Hotline.Dispatch.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Persistence;

namespace Hotline.Handling.Domain;

internal enum HandlingStatus
{
    /// <summary>待签收.</summary>
    AwaitingSignFor,
    /// <summary>办理中 (also after a redo is signed for).</summary>
    InHandling,
    /// <summary>The reply waits for the unit manager's or the parent unit's approval.</summary>
    AwaitingApproval,
    /// <summary>已答复 (lead) or opinion given (co-handling).</summary>
    Replied,
    /// <summary>重办: Evaluation sent the case back; the lead handles it again.</summary>
    Redo,
    /// <summary>Returned or reassigned in Dispatch: read-only from now on.</summary>
    Ended,
    /// <summary>The case was closed after evaluation.</summary>
    Closed,
}

/// <summary>
/// A unit's assignment as Handling works it: the deadlines from Dispatch, and what the unit did.
/// Its id is Dispatch's assignment id.
/// </summary>
internal sealed class HandlingAssignment : IVersioned
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid UnitId { get; set; }
    public AssignmentRole Role { get; set; }

    /// <summary>For a sub-unit's assignment: the parent unit's, which approves its reply.</summary>
    public Guid? ParentAssignmentId { get; set; }

    public RequestTypeCode RequestType { get; set; }
    public Guid CategoryId { get; set; }
    public string Summary { get; set; } = "";
    public bool IsConfidential { get; set; }
    public Guid? SubjectUnitId { get; set; }

    /// <summary>False for an anonymous caller without a phone: no first contact is required.</summary>
    public bool CallerReachable { get; set; } = true;

    public string? DispatchNote { get; set; }
    public DateTime DispatchedAtUtc { get; set; }
    public DateTime SignForDueUtc { get; set; }
    public DateTime FirstContactDueUtc { get; set; }
    public DateTime CompletionDueUtc { get; set; }
    public int CompletionWorkingDays { get; set; }

    public HandlingStatus Status { get; set; }

    public DateTime? SignedAtUtc { get; set; }
    public string? SignedBy { get; set; }
    public bool SignedLate { get; set; }

    public DateTime? FirstContactAtUtc { get; set; }
    public bool? ContactedOnTime { get; set; }

    /// <summary>The one extension an assignment may have was approved.</summary>
    public bool Extended { get; set; }

    /// <summary>The lead recorded its decision to reply although a co-handling opinion is overdue.</summary>
    public DateTime? ProceedWithoutOpinionsAtUtc { get; set; }
    public string? ProceedWithoutOpinionsBy { get; set; }
    public string? ProceedWithoutOpinionsReason { get; set; }

    /// <summary>0 until Evaluation sends the case back; then the redo round being handled.</summary>
    public int RedoRound { get; set; }
    public string? RedoReason { get; set; }

    public DateTime? RepliedAtUtc { get; set; }
    public bool? RepliedOnTime { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public Guid Version { get; set; }

    public bool IsLead => Role == AssignmentRole.Lead && ParentAssignmentId is null;
}
