using Hotline.Platform.Catalog;
using Hotline.Platform.Messaging;

namespace Hotline.Intake.Contracts;

/// <summary>A case was accepted and waits for dispatch: everything Dispatch needs to route it and compute deadlines.</summary>
public sealed record CaseAccepted(
    Guid CaseId,
    string CaseNumber,
    RequestTypeCode RequestType,
    Guid CategoryId,
    Guid AreaId,
    Urgency Urgency,
    bool IsConfidential,
    Guid? SubjectUnitId,
    string Summary,
    DateTime RegisteredAtUtc) : IntegrationEvent
{
    /// <summary>False for an anonymous caller who left no phone: units cannot be asked to contact them.</summary>
    public bool CallerReachable { get; init; } = true;

    /// <summary>The caller's requests on the same matter (same category and area) in the last 90 days, this one included.</summary>
    public int RequestsOnSameMatter { get; init; } = 1;
}

/// <summary>A case was closed at intake: answered on the spot, not accepted, transferred to an emergency line, or invalid.</summary>
/// <param name="Reason">What the caller was told: the answer, the ground of the refusal with the guidance, the line transferred to, or 无效来电.</param>
public sealed record CaseClosedAtIntake(
    Guid CaseId,
    string CaseNumber,
    CaseStatus Outcome,
    string Reason,
    bool EligibleForIntakeRating) : IntegrationEvent;

/// <summary>A new request was merged into an open case; the caller was given that case's number.</summary>
public sealed record CaseMerged(
    Guid TargetCaseId,
    string TargetCaseNumber,
    Guid RequestId,
    Guid? SourceCaseId) : IntegrationEvent;
