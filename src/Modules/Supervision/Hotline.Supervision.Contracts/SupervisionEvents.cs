using Hotline.Platform.Messaging;

namespace Hotline.Supervision.Contracts;

/// <summary>Which running deadline of a unit's assignment Supervision watches.</summary>
public enum WatchedDeadlineKind
{
    SignFor = 1,
    FirstContact = 2,
    Completion = 3,
    /// <summary>The center's decision on a unit's extension request (延期审批).</summary>
    ExtensionDecision = 4,
    /// <summary>The center's review of a unit's return request (退单审核).</summary>
    ReturnReview = 5,
    /// <summary>The center's revisit of the caller after the reply (回访).</summary>
    Revisit = 6,
    /// <summary>The owning unit's fix of a reported knowledge gap, 5 working days (002 art. 21).</summary>
    KnowledgeGapFix = 7,
}

/// <summary>A watched deadline is near (the warning threshold is a setting).</summary>
public sealed record DeadlineWarningRaised(Guid CaseId, Guid AssignmentId, Guid UnitId, WatchedDeadlineKind Kind, DateTime DueUtc, DateTime AtUtc) : IntegrationEvent;

/// <summary>A watched deadline passed without the step being done.</summary>
public sealed record DeadlineOverdueRaised(Guid CaseId, Guid AssignmentId, Guid UnitId, WatchedDeadlineKind Kind, DateTime DueUtc, DateTime AtUtc) : IntegrationEvent;

/// <summary>A supervision was opened or raised to a higher level (assessment counts supervisions by level).</summary>
public sealed record SupervisionRaised(Guid SupervisionId, Guid? CaseId, Guid UnitId, SupervisionLevel Level, SupervisionTrigger Trigger, DateTime AtUtc) : IntegrationEvent;

/// <summary>The Supervisor accepted the unit's response: the supervision is over.</summary>
public sealed record SupervisionAccepted(Guid SupervisionId, Guid? CaseId, Guid UnitId, SupervisionLevel Level, bool RespondedLate, DateTime AtUtc) : IntegrationEvent;

/// <summary>A coordination record (专题协调/约谈提醒) as another module may cite it, e.g. in a dispute decision.</summary>
public sealed record CoordinationReference(Guid Id, string Subject, DateTime HeldAtUtc, Guid? LeadUnitId);

/// <summary>Read-only: the coordination records the Supervisor kept about a case.</summary>
public interface ICoordinationRecords
{
    /// <summary>The case's most recent coordination held at or before <paramref name="atUtc"/>; null when there is none.</summary>
    Task<CoordinationReference?> LatestForCaseAsync(string caseNumber, DateTime atUtc, CancellationToken cancellationToken = default);
}
