namespace Hotline.Dispatch.Contracts;

/// <summary>An assignment as other modules may show it.</summary>
public sealed record AssignmentSummary(
    Guid AssignmentId,
    Guid CaseId,
    Guid UnitId,
    AssignmentRole Role,
    Guid? ParentAssignmentId,
    bool IsActive,
    DateTime DispatchedAtUtc,
    DateTime CompletionDueUtc);

/// <summary>Per-unit return behaviour in a period, for assessment (counted by the time of the final decision or of the dispute).</summary>
public sealed record UnitReturnCounts(Guid UnitId, int Requested, int Approved, int Refused, int Disputed);

/// <summary>
/// One return request as <see cref="UnitReturnCounts"/> counts it, for listing the cases behind 退单率: approved (by the
/// dispatcher or on dispute), refused (and not overturned), or neither yet; <c>Outcome</c> is its state as the return
/// screens name it (e.g. 已同意, 争议驳回（最终）).
/// </summary>
public sealed record ReturnRequestFact(Guid CaseId, Guid UnitId, DateTime AppliedAtUtc, ReturnReason Reason, bool Approved, bool Refused, string Outcome);

/// <summary>Read-only lookups of assignments and returns.</summary>
public interface IAssignmentDirectory
{
    /// <summary>All assignments of the case, active and ended, sub-assignments included.</summary>
    Task<IReadOnlyList<AssignmentSummary>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The assignments of several cases at once (a page of a list), in the order of <see cref="ForCaseAsync"/> per case.</summary>
    Task<IReadOnlyList<AssignmentSummary>> ForCasesAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default);

    /// <summary>Return requests per unit whose application falls in [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<UnitReturnCounts>> ReturnCountsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The return requests of one unit that <see cref="ReturnCountsAsync"/> counts for [fromUtc, toUtc), oldest first.</summary>
    Task<IReadOnlyList<ReturnRequestFact>> ReturnsOfUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}
