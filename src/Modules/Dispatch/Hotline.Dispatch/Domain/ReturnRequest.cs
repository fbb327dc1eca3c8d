using Hotline.Dispatch.Contracts;
using Hotline.Platform.Persistence;

namespace Hotline.Dispatch.Domain;

internal enum ReturnStatus
{
    /// <summary>待审核 by the dispatcher.</summary>
    Pending,
    Approved,
    /// <summary>Refused; the unit must go on handling, and may dispute once.</summary>
    Refused,
    /// <summary>争议审核: the unit disputed the refusal; a supervisor decides finally.</summary>
    Disputed,
    /// <summary>The supervisor upheld the dispute: the return is approved.</summary>
    DisputeUpheld,
    /// <summary>The supervisor rejected the dispute: final, the unit goes on.</summary>
    DisputeRejected,
}

/// <summary>退单申请: a unit's application to hand back an assignment, with the center's review and an optional dispute.</summary>
internal sealed class ReturnRequest : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid AssignmentId { get; set; }
    public Guid UnitId { get; set; }

    public ReturnReason Reason { get; set; }
    public string Basis { get; set; } = "";
    public DateTime AppliedAtUtc { get; set; }
    public string AppliedBy { get; set; } = "";

    public ReturnStatus Status { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewNote { get; set; }

    public string? DisputeText { get; set; }
    public DateTime? DisputedAtUtc { get; set; }
    public string? DisputedBy { get; set; }

    public DateTime? DisputeDecidedAtUtc { get; set; }
    public string? DisputeDecidedBy { get; set; }
    public string? DisputeDecisionNote { get; set; }

    public Guid Version { get; set; }
}
