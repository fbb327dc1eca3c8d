using Hotline.Platform.Catalog;
using Hotline.Platform.Messaging;

namespace Hotline.Dispatch.Contracts;

/// <summary>One unit's part of a dispatch with its deadlines, all computed by the working-day calendar at dispatch.</summary>
public sealed record AssignmentTerms(
    Guid AssignmentId,
    Guid UnitId,
    AssignmentRole Role,
    Guid? ParentAssignmentId,
    DateTime SignForDueUtc,
    DateTime FirstContactDueUtc,
    DateTime CompletionDueUtc,
    int CompletionWorkingDays);

/// <summary>
/// 派单 (or 改派, or a supervisor's 指定办理): the case went to a lead unit and zero or more co-handling
/// units. Carries what Handling needs to open each unit's assignment without asking Intake.
/// </summary>
public sealed record CaseDispatched(
    Guid CaseId,
    string CaseNumber,
    RequestTypeCode RequestType,
    Guid CategoryId,
    string Summary,
    bool IsConfidential,
    Guid? SubjectUnitId,
    bool CallerReachable,
    IReadOnlyList<AssignmentTerms> Assignments,
    string? Note,
    DateTime DispatchedAtUtc,
    string DispatchedBy,
    bool IsReassignment) : IntegrationEvent;

/// <summary>二级派单: a unit manager passed its assignment to one of its sub-units; the parent stays responsible, the deadlines do not move.</summary>
public sealed record AssignmentSubDispatched(
    Guid CaseId,
    Guid ParentAssignmentId,
    AssignmentTerms SubAssignment,
    string? Note,
    DateTime AtUtc,
    string By) : IntegrationEvent;

/// <summary>Assignments stopped (approved 退单 or 改派); when <c>CaseBackInQueue</c> the case waits for dispatch again.</summary>
public sealed record AssignmentsEnded(
    Guid CaseId,
    IReadOnlyList<Guid> AssignmentIds,
    AssignmentEndReason Reason,
    string Detail,
    bool CaseBackInQueue,
    DateTime AtUtc) : IntegrationEvent;

/// <summary>A unit applied to return an assignment; the dispatcher will review it.</summary>
public sealed record ReturnRequested(
    Guid ReturnRequestId,
    Guid CaseId,
    Guid AssignmentId,
    Guid UnitId,
    ReturnReason Reason,
    DateTime AtUtc) : IntegrationEvent;

/// <summary>A return request was decided (by the dispatcher, or finally by a supervisor after a dispute).</summary>
public sealed record ReturnDecided(
    Guid ReturnRequestId,
    Guid CaseId,
    Guid AssignmentId,
    Guid UnitId,
    bool Approved,
    bool Final,
    DateTime AtUtc) : IntegrationEvent;
