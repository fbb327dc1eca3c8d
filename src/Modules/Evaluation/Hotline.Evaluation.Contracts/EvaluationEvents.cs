using Hotline.Platform.Messaging;

namespace Hotline.Evaluation.Contracts;

/// <summary>发回重办: the caller was dissatisfied for a cause the unit can fix; the lead unit handles the case again.</summary>
public sealed record RedoRequested(
    Guid CaseId,
    string CaseNumber,
    Guid LeadAssignmentId,
    int Round,
    string Reason,
    DateTime AtUtc) : IntegrationEvent;

/// <summary>办结: the case is closed with its final ratings (a second rating after redo replaces the first).</summary>
public sealed record CaseClosed(
    Guid CaseId,
    string CaseNumber,
    ClosingOutcome Outcome,
    Rating? IntakeRating,
    Rating? HandlingRating,
    bool? Resolved,
    Guid? LeadUnitId,
    DateTime ClosedAtUtc) : IntegrationEvent;
